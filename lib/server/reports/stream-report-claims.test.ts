import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptClient } from '@/prisma/client';
import { createPublishedVerdict, upsertSpeaker } from '@/prisma/factories';
import { acting, createWorld, type World } from '@/prisma/test-world';
import { renderReport, reportStream } from '@/lib/report/render-report';
import { reportContext } from '@/lib/report/report-context';
import { scopeOf } from '@/lib/report/report-query';
import { AppError } from '../app-error';
import { streamReportClaims, type ReportClaim, type ReportScope } from './stream-report-claims';

const db = scriptClient();
let w: World;

beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

async function collect(batches: AsyncIterable<ReportClaim[]>) {
  const claims: ReportClaim[] = [];
  for await (const batch of batches) claims.push(...batch);
  return claims;
}

const ids = async (scope: ReportScope) =>
  (
    await collect((await streamReportClaims(acting(w.users.VIEWER), scope, { includeNotes: false })).batches)
  ).map((c) => c.id);
const inReadingOrder = () => [...w.claims].sort((a, b) => a.startOffset - b.startOffset).map((c) => c.id);

describe('streaming report claims', () => {
  it('returns every claim of an article once, in reading order, across batches', async () => {
    for (const batchSize of [2, w.claims.length, 100]) {
      const { article, total, batches } = await streamReportClaims(
        acting(w.users.VIEWER),
        { articleId: w.article.id },
        { includeNotes: false, batchSize },
      );
      expect(article?.title).toBe(w.article.title);
      expect(total).toBe(w.claims.length);
      expect((await collect(batches)).map((c) => c.id)).toEqual(inReadingOrder());
    }
  });

  it('shows the newest verdict with its approving voters, and claims without a verdict', async () => {
    const [first, second] = inReadingOrder();
    await db.verdict.create({
      data: {
        claimId: first,
        rating: 'FALSE',
        conclusion: 'Old.',
        rationale: 'Old.',
        authorId: w.users.EDITOR.id,
      },
    });
    const newest = await db.verdict.create({
      data: {
        claimId: first,
        rating: 'TRUE',
        conclusion: 'New.',
        rationale: 'New.',
        authorId: w.users.EDITOR.id,
        approvedAt: new Date(),
        createdAt: new Date(Date.now() + 1000),
      },
    });
    await db.vote.create({
      data: { verdictId: newest.id, voterId: w.users.CHIEF.id, decision: 'APPROVE', comment: '' },
    });
    await db.vote.create({
      data: { verdictId: newest.id, voterId: w.secondChief.id, decision: 'REJECT', comment: 'No.' },
    });
    const claims = await collect(
      (await streamReportClaims(acting(w.users.VIEWER), { articleId: w.article.id }, { includeNotes: false }))
        .batches,
    );
    const withVerdict = claims.find((c) => c.id === first)!;
    expect(withVerdict.verdict).toMatchObject({
      rating: 'TRUE',
      conclusion: 'New.',
      votes: [{ voter: { name: w.users.CHIEF.name } }],
    });
    expect(claims.find((c) => c.id === second)!.verdict).toBeNull();
  });

  it('honours status, published rating, speaker and changed-date filters', async () => {
    const [, a, b, c, d] = inReadingOrder();
    await db.claim.update({ where: { id: a }, data: { status: 'RESEARCHING' } });
    await createPublishedVerdict(db, { claimId: b, rating: 'MISLEADING', authorId: w.users.EDITOR.id });
    const speaker = await upsertSpeaker(db, { name: `Report Speaker ${w.article.id}` });
    await db.claim.update({ where: { id: c }, data: { speakerId: speaker.id } });
    await db.claim.update({ where: { id: d }, data: { updatedAt: new Date('2020-03-10T12:00:00Z') } });

    const article = w.article.id;
    expect(await ids({ articleId: article, status: 'RESEARCHING' })).toEqual([a]);
    expect(await ids({ articleId: article, rating: 'MISLEADING' })).toEqual([b]);
    expect(await ids({ status: 'PUBLISHED', rating: 'MISLEADING', articleId: article })).toEqual([b]);
    expect(await ids({ speaker: speaker.name.toUpperCase() })).toEqual([c]);
    // The exact name: "%" and "_" are characters, not wildcards.
    expect(await ids({ speaker: 'Report Speaker %' })).toEqual([]);
    expect(await ids({ speaker: speaker.name.replace('Report', 'Repor_') })).toEqual([]);
    expect(
      await ids({ ...scopeOf({ format: 'md', notes: '0', article, from: '2020-03-10', to: '2020-03-10' }) }),
    ).toEqual([d]);
    expect(await ids({ ...scopeOf({ format: 'md', notes: '0', article, to: '2020-03-09' }) })).toEqual([]);
  });

  it('loads internal notes only for editors and above, and refuses before streaming anything', async () => {
    await db.note.create({
      data: { claimId: w.casualty.id, body: 'SECRET-REPORT-NOTE', authorId: w.users.EDITOR.id },
    });
    const refused = streamReportClaims(
      acting(w.users.VIEWER),
      { articleId: w.article.id },
      { includeNotes: true },
    );
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const forViewer = await collect(
      (await streamReportClaims(acting(w.users.VIEWER), { articleId: w.article.id }, { includeNotes: false }))
        .batches,
    );
    expect(forViewer.every((c) => c.notes.length === 0)).toBe(true);
    const forEditor = await collect(
      (await streamReportClaims(acting(w.users.EDITOR), { articleId: w.article.id }, { includeNotes: true }))
        .batches,
    );
    expect(forEditor.flatMap((c) => c.notes.map((n) => n.body))).toContain('SECRET-REPORT-NOTE');
  });

  it('says when the article does not exist', async () => {
    await expect(
      streamReportClaims(acting(w.users.VIEWER), { articleId: 'no-such-article' }, { includeNotes: false }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('streams a whole CSV report through the route’s path, one row per claim', async () => {
    const scope = { articleId: w.article.id };
    const { article, total, batches } = await streamReportClaims(acting(w.users.EDITOR), scope, {
      includeNotes: true,
      batchSize: 3,
    });
    const ctx = reportContext({
      article,
      scope,
      total,
      generatedAt: new Date(),
      includeNotes: true,
      organisation: { name: 'Claimdesk', url: 'http://localhost/' },
      publicUrl: (slug) => `http://localhost/claims/${slug}`,
      deskUrl: (id) => `http://localhost/desk/claims/${id}`,
    });
    const csv = await new Response(reportStream(renderReport('csv', ctx, batches))).text();
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => r.claim_reviewed)).toEqual(
      inReadingOrder().map((id) => w.claims.find((c) => c.id === id)!.claimReviewed),
    );
    expect(rows.map((r) => r.internal_notes).join('')).toContain('SECRET-REPORT-NOTE');
  });
});
