import type { PrismaClient } from '../generated/prisma/client';
import type { Role } from '../generated/prisma/enums';
import { anchorageClaims, TRUMP } from './anchorage';
import { createArticle, createClaim, createUser, upsertSpeaker } from './factories';
import { ANCHORAGE_TEXT } from './anchorage-text';

const ROLES: Role[] = ['VIEWER', 'EDITOR', 'CHIEF', 'ADMIN'];

/**
 * A private copy of the Anchorage article with its claims and one user per role (plus a second
 * chief), so each test owns its data and no test depends on another's.
 */
export async function createWorld(db: PrismaClient) {
  const article = await createArticle(db, { text: ANCHORAGE_TEXT, title: `Anchorage copy ${Date.now()}` });
  const speaker = await upsertSpeaker(db, TRUMP);
  const claims = [];
  for (const { seed, speaker: said } of anchorageClaims(article.text)) {
    const by = said.name === speaker.name ? speaker : await upsertSpeaker(db, said);
    claims.push(await createClaim(db, article, by.id, seed));
  }
  const users = Object.fromEntries(
    await Promise.all(ROLES.map(async (role) => [role, await createUser(db, { role })] as const)),
  ) as Record<Role, Awaited<ReturnType<typeof createUser>>>;
  const secondChief = await createUser(db, { role: 'CHIEF' });
  const casualty = claims.find((c) => c.kind === 'CASUALTY_FIGURE')!;
  return { article, speaker, claims, casualty, users, secondChief };
}

export type World = Awaited<ReturnType<typeof createWorld>>;

/**
 * Disables a finished test's users. Every test adds five, and left active they would fill every
 * later claim page's "Assigned editor" list: a full run would end with a thousand names in it.
 */
export async function retireWorld(db: PrismaClient, world: World) {
  const ids = [...Object.values(world.users), world.secondChief].map((u) => u.id);
  await db.user.updateMany({ where: { id: { in: ids } }, data: { disabled: true } });
}

export const acting = (u: { id: string; name: string; email: string; role: Role }) => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role,
});
