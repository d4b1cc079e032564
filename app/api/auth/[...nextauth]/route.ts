import NextAuth from 'next-auth';
import { authOptions } from '@/lib/server/auth-options';
import { credentialsGate } from '@/lib/server/auth/credentials-gate';

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

export async function POST(request: Request, context: Context) {
  if (new URL(request.url).pathname.endsWith('/callback/credentials')) {
    const refusal = await credentialsGate(request);
    if (refusal) return refusal;
  }
  return handler(request, context);
}

export { handler as GET };
