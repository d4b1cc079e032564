import { z } from 'zod';
import { RATINGS } from '@/lib/ratings';
import { matchPublished } from '@/lib/server/search/match-published';
import { matchRateLimit } from '@/lib/server/search/match-rate-limit';
import { senderKey } from '@/lib/server/sender-key';

const querySchema = z.object({
  text: z
    .string({ error: 'Give the text to match as ?text=…' })
    .trim()
    .min(3, 'The text must be at least 3 characters.')
    .max(2000, 'The text must be at most 2000 characters.'),
  limit: z.coerce.number().int().min(1).max(10).catch(5),
});

/**
 * GET /api/match?text=… → published verdicts that match, best first, for a CMS plug-in or a tipline
 * bot. Only published claims are ever matched, whoever asks; rate limited per caller.
 */
export async function GET(request: Request) {
  const wait = await matchRateLimit(await senderKey());
  if (wait > 0)
    return Response.json(
      { error: 'Too many requests; try again shortly.' },
      { status: 429, headers: { 'Retry-After': String(wait) } },
    );
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = querySchema.safeParse(params);
  if (!parsed.success)
    return Response.json({ error: parsed.error.issues[0]?.message ?? 'Bad request.' }, { status: 400 });
  const matches = await matchPublished(parsed.data.text, parsed.data.limit);
  return Response.json(
    { matches: matches.map((m) => ({ ...m, rating: RATINGS[m.rating].label })) },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
