import type { Role } from '@/generated/prisma/enums';

/** The signed-in user on whose behalf data access runs; loaded fresh from the database per request. */
export type ActingUser = { id: string; name: string; email: string; role: Role };
