import { z } from 'zod';

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .string({
        error:
          'DATABASE_URL is not set. Run `npm run dev` (it starts an embedded Postgres) or set DATABASE_URL=postgresql://user:pass@host:5432/db.',
      })
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL.'),
    NEXTAUTH_SECRET: z
      .string()
      .min(32, 'NEXTAUTH_SECRET must be at least 32 characters (try `openssl rand -base64 32`).')
      .optional(),
    NEXTAUTH_URL: z
      .url('NEXTAUTH_URL must be the public URL of the app, e.g. https://claims.example.org.')
      .optional(),
    // How many requests one server process renders at once; the rest wait their turn (see
    // lib/server/runtime/limit-concurrent-requests.ts).
    MAX_CONCURRENT_REQUESTS: z.coerce
      .number()
      .int()
      .min(1, 'MAX_CONCURRENT_REQUESTS must be a whole number of at least 1.')
      .default(8),
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.NEXTAUTH_SECRET, {
    path: ['NEXTAUTH_SECRET'],
    message: 'NEXTAUTH_SECRET is required in production (try `openssl rand -base64 32`).',
  });

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parsed lazily so `next build` can run without a database; the first request fails loudly instead. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.message}`);
    throw new Error(`Claimdesk cannot start; fix the environment:\n${lines.join('\n')}`);
  }
  cached = parsed.data;
  return cached;
}
