import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptClient } from '@/prisma/client';
import { createUser } from '@/prisma/factories';
import { ANCHORAGE_TEXT } from '@/prisma/anchorage-text';
import { runBulkImport } from './run-bulk-import';
import { saveBulkImportItem } from './save-bulk-import-item';

const db = scriptClient();
let editorId: string;
beforeAll(async () => {
  editorId = (await createUser(db, { role: 'EDITOR' })).id;
});
afterAll(() => db.$disconnect());

// Written for this test: a named speaker with two figures, and a quote nobody is named for.
const BRIEFING = `The health secretary, Maria Lopez, spoke in Leeds on Tuesday.

"We have built 40 new hospitals since 2019," Lopez said. "Waiting lists fell by 12 percent last year."`;

const batchOf = (files: { title: string; text: string }[], requestedById = editorId) =>
  db.bulkImport.create({
    data: {
      requestedById,
      outlet: 'Test Wire',
      publishedAt: new Date('2026-11-02T00:00:00Z'),
      total: files.length,
      items: { create: files.map((f, position) => ({ position, ...f })) },
    },
  });

describe('bulk import job', () => {
  it('saves each file as an article with its suggested claims, and counts them', async () => {
    const batch = await batchOf([
      { title: `Anchorage ${Date.now()}`, text: ANCHORAGE_TEXT },
      { title: `Briefing ${Date.now()}`, text: BRIEFING },
    ]);
    await runBulkImport(batch.id);

    const done = await db.bulkImport.findUniqueOrThrow({
      where: { id: batch.id },
      include: {
        items: {
          orderBy: { position: 'asc' },
          include: { article: { include: { claims: { include: { speaker: true } } } } },
        },
      },
    });
    expect(done).toMatchObject({ status: 'DONE', done: 2, attempts: 1 });
    const [anchorage, briefing] = done.items;
    expect(anchorage.article!.outlet).toBe('Test Wire');
    expect(anchorage.claims).toBe(anchorage.article!.claims.length);
    expect(anchorage.claims).toBeGreaterThanOrEqual(4);
    expect(anchorage.article!.claims.every((c) => c.status === 'NEW' && c.modelVersion)).toBe(true);
    expect(briefing.article!.claims.map((c) => c.speaker.name)).toContain('Maria Lopez');
    expect(
      await db.auditEvent.count({
        where: { action: 'article.import', entityId: anchorage.articleId!, actorId: editorId },
      }),
    ).toBe(1);
  }, 60_000);

  it('resumes after the files an earlier attempt saved, without saving any twice', async () => {
    const title = `Resumed ${Date.now()}`;
    const batch = await batchOf([
      { title: `${title} one`, text: BRIEFING },
      { title: `${title} two`, text: BRIEFING },
    ]);
    // The first attempt saved one file, then its server died.
    const [first] = await db.bulkImportItem.findMany({
      where: { bulkImportId: batch.id },
      orderBy: { position: 'asc' },
    });
    const editor = await db.user.findUniqueOrThrow({ where: { id: editorId } });
    await saveBulkImportItem(editor, batch, first);
    const savedFirst = (await db.bulkImportItem.findUniqueOrThrow({ where: { id: first.id } })).articleId;

    await runBulkImport(batch.id);
    // A late second delivery of the same job finds nothing left to do.
    await runBulkImport(batch.id);
    expect(await db.article.count({ where: { title: { startsWith: title } } })).toBe(2);
    expect((await db.bulkImportItem.findUniqueOrThrow({ where: { id: first.id } })).articleId).toBe(
      savedFirst,
    );
    expect(await db.bulkImport.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({
      status: 'DONE',
      done: 2,
      attempts: 2,
    });
  }, 60_000);

  it('stops with a reason, saving nothing, when the requester was disabled meanwhile', async () => {
    const disabled = await createUser(db, { role: 'EDITOR', disabled: true });
    const title = `Disabled ${Date.now()}`;
    const batch = await batchOf([{ title, text: BRIEFING }], disabled.id);
    await runBulkImport(batch.id);
    expect(await db.bulkImport.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({
      status: 'FAILED',
      error: expect.stringMatching(/disabled/),
    });
    expect(await db.article.count({ where: { title } })).toBe(0);
  }, 60_000);
});
