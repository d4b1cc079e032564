import 'server-only';

/** Prisma codes for a database that cannot be reached or answered too late (P1xxx, pool timeout, too many connections). */
const UNAVAILABLE_PRISMA = /^(P1\d{3}|P2024|P2037)$/;
/** Postgres SQLSTATE classes for a lost or refused connection: 08 connection exception, 53 insufficient resources, 57 operator intervention. */
const UNAVAILABLE_SQLSTATE = /^(08|53|57)/;
const UNAVAILABLE_SOCKET = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);

type Coded = { name?: unknown; code?: unknown; cause?: unknown };

function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  for (
    let e = error as Coded | undefined, depth = 0;
    e && typeof e === 'object' && depth < 5;
    e = e.cause as Coded | undefined, depth++
  ) {
    if (typeof e.code === 'string') codes.push(e.code);
    const original = (e as { originalCode?: unknown }).originalCode;
    if (typeof original === 'string') codes.push(original);
  }
  return codes;
}

function fromDatabaseLayer(error: unknown): boolean {
  const name = (error as Coded | undefined)?.name;
  return (
    typeof name === 'string' &&
    (name.startsWith('PrismaClient') || name === 'DriverAdapterError' || name === 'DatabaseError')
  );
}

/**
 * What went wrong below the application, if it was the database: 'unavailable' when it could not be
 * reached or did not answer, 'refused' when it rejected the statement. Anything else is a bug and
 * is left to throw.
 */
export function databaseFailure(error: unknown): 'unavailable' | 'refused' | null {
  const codes = codesOf(error);
  if (
    codes.some(
      (c) =>
        UNAVAILABLE_PRISMA.test(c) ||
        UNAVAILABLE_SOCKET.has(c) ||
        (/^[0-9A-Z]{5}$/.test(c) && UNAVAILABLE_SQLSTATE.test(c)),
    )
  )
    return 'unavailable';
  if ((error as Coded | undefined)?.name === 'PrismaClientInitializationError') return 'unavailable';
  return fromDatabaseLayer(error) ? 'refused' : null;
}
