import 'server-only';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { sessionJwt } from '@/lib/auth/session-jwt';
import { SERVICE_UNAVAILABLE } from '@/lib/auth/sign-in-errors';
import { signInSchema } from '@/lib/validation/sign-in';
import { loginPath } from '@/lib/routes';
import { clearFailedSignIns, recordFailedSignIn } from './auth/sign-in-throttle';
import { clientAddress } from './network/client-address';
import { authenticate } from './users/authenticate';
import { endSessions } from './users/end-sessions';

export const authOptions: AuthOptions = {
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  jwt: sessionJwt,
  pages: { signIn: loginPath() },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      // The route handler has already turned throttled accounts and addresses away (HTTP 429).
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        try {
          const user = await authenticate(email, password);
          if (user) await clearFailedSignIns(email);
          else
            await recordFailedSignIn(
              email,
              clientAddress(new Headers(req.headers as Record<string, string>)),
            );
          return user;
        } catch (error) {
          // A database that does not answer is not a wrong password: say so to the person signing in.
          console.error('Sign-in could not reach the database:', error);
          throw new Error(SERVICE_UNAVAILABLE);
        }
      },
    }),
  ],
  callbacks: {
    // The id and the session epoch are carried: role and disabled are read from the database on
    // every request, and a bumped epoch (sign-out, disabling, role change) voids the token.
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.epoch = user.sessionEpoch;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.uid as string;
        session.user.epoch = token.epoch as number;
      }
      return session;
    },
  },
  events: {
    // Sign-out ends every session of the user, so a copied cookie stops working too.
    async signOut({ token }) {
      if (typeof token?.uid === 'string' && typeof token.epoch === 'number')
        await endSessions(token.uid, token.epoch);
    },
  },
};
