import { withAuth } from 'next-auth/middleware';

// A first gate only: every page and action re-checks the user against the database.
export default withAuth({ pages: { signIn: '/login' } });

export const config = { matcher: ['/desk/:path*', '/password'] };
