import 'server-only';
import type { Tx } from '@/lib/server/db';

/** The speaker with this name (any case), created when the editor typed a new one. */
export async function findOrCreateSpeaker(tx: Tx, name: string) {
  const existing = await tx.speaker.findFirst({ where: { name: { equals: name, mode: 'insensitive' } } });
  if (existing) return existing;
  // Insert-or-ignore, then read: two editors adding the same new speaker at once must not collide.
  await tx.speaker.createMany({ data: [{ name }], skipDuplicates: true });
  return tx.speaker.findUniqueOrThrow({ where: { name } });
}
