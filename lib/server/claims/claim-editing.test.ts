import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptClient } from '@/prisma/client';
import { acting, createWorld, type World } from '@/prisma/test-world';
import { editClaimSchema } from '@/lib/validation/claim';
import { AppError } from '../app-error';
import { addNote } from './add-note';
import { addSource } from './add-source';
import { castVote } from './cast-vote';
import { changeStatus } from './change-status';
import { getClaimHistory } from './get-claim-history';
import { getPublishedClaim } from '../public/get-published-claim';
import { publishVerdict as publishClaim } from './publish-verdict';
import { saveVerdict } from './save-verdict';
import { createClaim } from './create-claim';
import { editClaim } from './edit-claim';
import { editSource } from './edit-source';
import { mergeClaims } from './merge-claims';
import { removeSource } from './remove-source';
import { splitClaim } from './split-claim';
import { mergeSpeakers } from '../speakers/merge-speakers';

const db = scriptClient();
// Two copies of the seed article: the tests below each need claims of their own, and one copy holds
// only as many as the extractor suggests.
let w: World;
let spare: World;
beforeAll(async () => {
  w = await createWorld(db);
  spare = await createWorld(db);
});
afterAll(() => db.$disconnect());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => 'OK',
    (e: unknown) => (e instanceof AppError ? `${e.code}:${e.field ?? ''}` : Promise.reject(e)),
  );
const row = (id: string) => db.claim.findUniqueOrThrow({ where: { id } });
const editor = () => acting(w.users.EDITOR);

/** The edit form's values for a claim as stored, with some fields changed. */
async function edit(claimId: string, changes: Record<string, unknown> = {}) {
  const c = await db.claim.findUniqueOrThrow({ where: { id: claimId }, include: { speaker: true } });
  return {
    claimId,
    version: c.version,
    claimReviewed: c.claimReviewed,
    speaker: c.speaker.name,
    kind: c.kind,
    quantityMin: c.quantityMin ?? undefined,
    quantityMax: c.quantityMax ?? undefined,
    quantityUnit: c.quantityUnit ?? undefined,
    quantityPeriod: c.quantityPeriod ?? undefined,
    start: c.startOffset,
    end: c.endOffset,
    ...changes,
  };
}

async function publish(claimId: string) {
  await saveVerdict(editor(), {
    claimId,
    version: (await row(claimId)).version,
    rating: 'MOSTLY_FALSE',
    conclusion: 'Lower than claimed.',
    rationale: 'Counts differ.',
  });
  await changeStatus(editor(), { claimId, version: (await row(claimId)).version, to: 'IN_REVIEW' });
  await approveAndPublish(claimId);
}

async function approveAndPublish(claimId: string) {
  const v = await db.verdict.findFirstOrThrow({ where: { claimId }, orderBy: { createdAt: 'desc' } });
  await castVote(acting(w.secondChief), { claimId, verdictId: v.id, decision: 'APPROVE', comment: '' });
  await publishClaim(acting(w.users.CHIEF), {
    claimId,
    verdictId: v.id,
    version: (await row(claimId)).version,
  });
}

describe('editing a claim', () => {
  it('refuses a figure whose lowest is above its highest, under the field, and a missing unit', () => {
    const parsed = editClaimSchema.safeParse({
      claimId: 'c',
      version: '1',
      claimReviewed: 'x',
      speaker: 'A',
      kind: 'STATISTIC',
      quantityMin: '7,000',
      quantityMax: '5000',
      start: '0',
      end: '5',
    });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(['quantityMax', 'quantityUnit']));
  });

  it('refuses wording past the hard limit instead of cutting it, and accepts long wording under it', () => {
    const base = { claimId: 'c', version: '1', speaker: 'A', kind: 'OTHER', start: '0', end: '5' };
    expect(editClaimSchema.safeParse({ ...base, claimReviewed: 'word '.repeat(70) }).success).toBe(false);
    const ok = editClaimSchema.safeParse({ ...base, claimReviewed: 'a'.repeat(200) });
    expect(ok.success && ok.data.claimReviewed.length).toBe(200);
  });

  it('applies at once before publication, with before → after in history, and a stale version is a conflict that stores nothing', async () => {
    const claim = w.claims[4];
    const input = await edit(claim.id, {
      claimReviewed: 'Trump says the meeting was productive and many points were agreed',
      speaker: 'Donald J. Trump (edited)',
      kind: 'AGREEMENT',
    });
    await editClaim(editor(), input);
    const after = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { speaker: true } });
    expect(after.claimReviewed).toBe(input.claimReviewed);
    expect(after.speaker.name).toBe('Donald J. Trump (edited)');
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: claim.id, action: 'claim.edit' },
    });
    expect(event.before).toMatchObject({ claimReviewed: claim.claimReviewed });
    expect(event.after).toMatchObject({
      claimReviewed: input.claimReviewed,
      speaker: 'Donald J. Trump (edited)',
    });

    expect(await failure(editClaim(editor(), { ...input, claimReviewed: 'A stale edit' }))).toBe('CONFLICT:');
    expect((await row(claim.id)).claimReviewed).toBe(input.claimReviewed);
  });

  it('refuses a span overlapping another claim', async () => {
    const [a, b] = [spare.claims[1], spare.claims[2]];
    expect(
      await failure(editClaim(editor(), await edit(a.id, { start: b.startOffset, end: b.endOffset }))),
    ).toBe('INVALID:span');
  });

  it('on a published claim waits for a correction: readers keep the old wording until it is published', async () => {
    const claim = w.casualty;
    await publish(claim.id);
    const wording = 'Trump says 5,000 to 7,000 soldiers are killed each week in the war';
    const input = await edit(claim.id, { claimReviewed: wording });
    expect(await failure(editClaim(editor(), input))).toBe('INVALID:correctionNote');

    await editClaim(editor(), { ...input, correctionNote: 'We restated the claim in full.' });
    expect((await getPublishedClaim(claim.slug))!.claimReviewed).toBe(claim.claimReviewed);
    const correction = await db.verdict.findFirstOrThrow({
      where: { claimId: claim.id },
      orderBy: { createdAt: 'desc' },
    });
    expect(correction.correctionNote).toBe('We restated the claim in full.');

    await approveAndPublish(claim.id);
    const page = await getPublishedClaim(claim.slug);
    expect(page!.claimReviewed).toBe(wording);
    expect(page!.corrections[0].body).toContain('We restated the claim in full.');
    expect((await row(claim.id)).pendingEdit).toBeNull();
  });
});

describe('sources on a published claim', () => {
  it('an edit or removal of a cited source changes the public page only once the correction is published', async () => {
    const claim = spare.claims[3];
    const source = await addSource(editor(), {
      claimId: claim.id,
      url: 'https://un.example/r',
      title: 'UN report',
      publisher: 'OHCHR',
      kind: 'OFFICIAL_RECORD',
      stance: 'CONTRADICTS',
      figure: 31450,
    });
    const other = await addSource(editor(), {
      claimId: claim.id,
      url: 'https://isw.example/r',
      title: 'ISW note',
      publisher: 'ISW',
      kind: 'EXPERT',
      stance: 'CONTEXT',
    });
    await publish(claim.id);
    const fields = {
      url: source.url,
      title: source.title,
      publisher: source.publisher,
      kind: source.kind,
      stance: source.stance,
      figure: 29800,
    };
    expect(await failure(editSource(editor(), { sourceId: source.id, ...fields }))).toBe(
      'INVALID:correctionNote',
    );
    await editSource(editor(), {
      sourceId: source.id,
      ...fields,
      correctionNote: 'The UN revised its count to 29,800.',
    });
    await removeSource(editor(), { sourceId: other.id, correctionNote: 'The ISW note was withdrawn.' });

    const before = await getPublishedClaim(claim.slug);
    expect(before!.sources.map((s) => s.figure)).toEqual([31450, null]);
    await approveAndPublish(claim.id);
    const after = await getPublishedClaim(claim.slug);
    expect(after!.sources.map((s) => [s.title, s.figure])).toEqual([['UN report', 29800]]);
    expect(after!.corrections[0].body).toContain('29,800');
    expect(await db.source.count({ where: { claimId: claim.id } })).toBe(3);
  });
});

describe('merging duplicates', () => {
  it('moves sources and notes to the survivor, archives the duplicate pointing to it, and keeps its history', async () => {
    const [survivor, duplicate, third] = w.claims.filter(
      (c) => c.id !== w.casualty.id && w.claims.indexOf(c) !== 4,
    );
    await addSource(editor(), {
      claimId: duplicate.id,
      url: 'https://a.example',
      title: 'A',
      publisher: 'A',
      kind: 'OTHER',
      stance: 'CONTEXT',
    });
    await addNote(editor(), { claimId: duplicate.id, body: 'Same claim as the other one.' });
    await mergeClaims(editor(), {
      claimId: survivor.id,
      version: (await row(survivor.id)).version,
      duplicateIds: [duplicate.id],
    });

    expect(await db.source.count({ where: { claimId: survivor.id } })).toBe(1);
    expect(await db.note.count({ where: { claimId: survivor.id } })).toBe(1);
    const merged = await row(duplicate.id);
    expect(merged).toMatchObject({ mergedIntoId: survivor.id, status: 'ARCHIVED' });
    const history = await getClaimHistory(editor(), survivor.id);
    expect(history.events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['claim.merge', 'claim.merge.into', 'source.add', 'note.add']),
    );

    expect(
      await failure(
        mergeClaims(editor(), {
          claimId: third.id,
          version: (await row(third.id)).version,
          duplicateIds: [duplicate.id],
        }),
      ),
    ).toBe('CONFLICT:duplicateIds');
  });
});

describe('new claims and splits', () => {
  it('makes a claim from selected words and splits it where the editor chose', async () => {
    const text = w.article.text;
    const taken = await db.claim.findMany({
      where: { articleId: w.article.id },
      select: { startOffset: true, endOffset: true },
    });
    const sentence = [...text.matchAll(/[^.!?\n]{40,}[.!?]/g)].find(
      (m) => !taken.some((c) => c.startOffset < m.index + m[0].length && m.index < c.endOffset),
    )!;
    const start = sentence.index;
    const end = start + sentence[0].length;
    const claim = await createClaim(editor(), {
      articleId: w.article.id,
      score: 0.4,
      claimReviewed: 'A claim the extractor missed',
      speaker: 'Donald Trump',
      kind: 'OTHER',
      start,
      end,
    });
    expect(claim.quote).toBe(text.slice(start, end).trim());

    const cut = start + sentence[0].indexOf(' ', 20) + 1;
    const second = await splitClaim(editor(), {
      claimId: claim.id,
      version: claim.version,
      at: cut,
      firstClaimReviewed: 'First part',
      secondClaimReviewed: 'Second part',
    });
    const first = await row(claim.id);
    expect(first.endOffset).toBeLessThanOrEqual(cut);
    expect(second.startOffset).toBeGreaterThanOrEqual(cut);
    expect(
      text.slice(first.startOffset, first.endOffset) +
        text.slice(first.endOffset, second.startOffset) +
        second.quote,
    ).toBe(claim.quote);
  });
});

describe('speakers', () => {
  it('merging two entries for one person moves the claims, keeps the missing link, and refuses editors', async () => {
    const keep = await db.speaker.create({ data: { name: `Keep ${Date.now()}` } });
    const drop = await db.speaker.create({
      data: { name: `Drop ${Date.now()}`, sameAs: 'https://www.wikidata.org/wiki/Q1' },
    });
    const claim = await db.claim.update({ where: { id: w.claims[0].id }, data: { speakerId: drop.id } });
    expect(await failure(mergeSpeakers(editor(), { survivorId: keep.id, duplicateId: drop.id }))).toBe(
      'FORBIDDEN:',
    );
    await mergeSpeakers(acting(w.users.CHIEF), { survivorId: keep.id, duplicateId: drop.id });
    expect((await row(claim.id)).speakerId).toBe(keep.id);
    expect((await db.speaker.findUniqueOrThrow({ where: { id: keep.id } })).sameAs).toBe(
      'https://www.wikidata.org/wiki/Q1',
    );
    expect(await db.speaker.count({ where: { id: drop.id } })).toBe(0);
  });
});
