import 'next-auth';

declare module 'next-auth' {
  interface Session {
    user?: { id: string; epoch: number; name?: string | null; email?: string | null };
  }
  interface User {
    sessionEpoch?: number;
  }
}
