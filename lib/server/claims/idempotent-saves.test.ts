import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptClient } from '@/prisma/client';
import { acting, createWorld, type World } from '@/prisma/test-world';
import { AlreadySaved } from '../idempotency-key';
import { addNote } from './add-note';
import { addSource } from './add-source';

const db = scriptClient();
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

describe('the same form submitted twice at once', () => {
  it('stores one note; the other copy is told it was already saved', async () => {
    const claimId = w.claims[0].id;
    const input = { claimId, body: 'Ask the ministry for the weekly count.', idempotencyKey: randomUUID() };
    const editor = acting(w.users.EDITOR);
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => addNote(editor, input)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(
      results.filter((r) => r.status === 'rejected').every((r) => r.reason instanceof AlreadySaved),
    ).toBe(true);
    expect(await db.note.count({ where: { claimId, body: input.body } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: claimId, action: 'note.add' } })).toBe(1);
  });

  it('stores two notes for two renders of the form, and one source per key', async () => {
    const claimId = w.claims[1].id;
    const editor = acting(w.users.EDITOR);
    const body = 'The same words, typed twice on purpose.';
    await Promise.all([
      addNote(editor, { claimId, body, idempotencyKey: randomUUID() }),
      addNote(editor, { claimId, body, idempotencyKey: randomUUID() }),
    ]);
    expect(await db.note.count({ where: { claimId, body } })).toBe(2);
    const source = {
      claimId,
      url: 'https://un.example/report',
      title: 'UN report',
      publisher: 'OHCHR',
      kind: 'OFFICIAL_RECORD' as const,
      stance: 'CONTRADICTS' as const,
      idempotencyKey: randomUUID(),
    };
    await Promise.allSettled([addSource(editor, source), addSource(editor, source)]);
    expect(await db.source.count({ where: { claimId } })).toBe(1);
  });
});
