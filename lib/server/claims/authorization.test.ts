import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptClient } from '@/prisma/client';
import { acting, createWorld, type World } from '@/prisma/test-world';
import { AppError } from '../app-error';
import { addNote } from './add-note';
import { addSource } from './add-source';
import { castVote } from './cast-vote';
import { changeStatus } from './change-status';
import { getPublishedClaim } from '../public/get-published-claim';
import { streamReportClaims } from '../reports/stream-report-claims';
import { publishVerdict } from './publish-verdict';
import { saveVerdict } from './save-verdict';
import { getClaimForDesk } from './get-claim-for-desk';
import { getClaimHistory } from './get-claim-history';
import { editNote } from './edit-note';
import { removeNote } from './remove-note';

const db = scriptClient();
let w: World;

beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

const source = (claimId: string) => ({
  claimId,
  url: 'https://un.example/r',
  title: 'UN report',
  publisher: 'OHCHR',
  kind: 'OFFICIAL_RECORD' as const,
  stance: 'CONTRADICTS' as const,
});
const verdict = (claimId: string, version: number) => ({
  claimId,
  version,
  rating: 'MOSTLY_FALSE' as const,
  conclusion: 'Lower than claimed.',
  rationale: 'Counts differ.',
});
const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'OK',
    (e: unknown) => (e instanceof AppError ? e.code : Promise.reject(e)),
  );
const version = async (claimId: string) =>
  (await db.claim.findUniqueOrThrow({ where: { id: claimId } })).version;
const newest = (claimId: string) =>
  db.verdict.findFirstOrThrow({ where: { claimId }, orderBy: { createdAt: 'desc' } });

describe('who may read a claim', () => {
  it('a viewer gets the desk claim without its internal notes; an editor gets them', async () => {
    const claim = w.claims[2];
    await db.note.create({ data: { claimId: claim.id, body: 'Internal only', authorId: w.users.EDITOR.id } });
    expect((await getClaimForDesk(acting(w.users.VIEWER), claim.id)).notes).toEqual([]);
    expect((await getClaimForDesk(acting(w.users.EDITOR), claim.id)).notes.map((n) => n.body)).toEqual([
      'Internal only',
    ]);
  });

  it('a viewer reads in the claim history that a note was edited and removed, never what it said', async () => {
    const claim = w.claims[3];
    const editor = acting(w.users.EDITOR);
    const note = await addNote(editor, { claimId: claim.id, body: 'Source asked not to be named' });
    await editNote(editor, { noteId: note.id, body: 'Source is the deputy mayor' });
    await removeNote(editor, { noteId: note.id });
    const text = async (role: 'VIEWER' | 'EDITOR') =>
      JSON.stringify((await getClaimHistory(acting(w.users[role]), claim.id)).events);
    const viewer = await getClaimHistory(acting(w.users.VIEWER), claim.id);
    expect(viewer.events.map((e) => e.action).sort()).toEqual(['note.add', 'note.edit', 'note.remove']);
    expect(await text('VIEWER')).not.toMatch(/not to be named|deputy mayor/);
    expect(await text('EDITOR')).toMatch(/not to be named[\s\S]*deputy mayor/);
  });
});

describe('who may change a claim', () => {
  it('a viewer cannot add sources, verdicts or notes, and nothing is stored', async () => {
    const claim = w.claims[1];
    const viewer = acting(w.users.VIEWER);
    expect(await code(addSource(viewer, source(claim.id)))).toBe('FORBIDDEN');
    expect(await code(saveVerdict(viewer, verdict(claim.id, claim.version)))).toBe('FORBIDDEN');
    expect(await code(addNote(viewer, { claimId: claim.id, body: 'hi' }))).toBe('FORBIDDEN');
    expect(await db.source.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await db.verdict.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await db.note.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: claim.id } })).toBe(0);
  });

  it('an editor researches and sends for review but cannot vote or publish; the author cannot vote; another chief approves and publishes', async () => {
    const claim = w.casualty;
    const editor = acting(w.users.EDITOR);
    const chief = acting(w.users.CHIEF);
    await addSource(editor, source(claim.id));
    await saveVerdict(chief, verdict(claim.id, await version(claim.id)));
    await changeStatus(editor, { claimId: claim.id, version: await version(claim.id), to: 'IN_REVIEW' });
    const v = await newest(claim.id);

    expect(
      await code(castVote(editor, { claimId: claim.id, verdictId: v.id, decision: 'APPROVE', comment: '' })),
    ).toBe('FORBIDDEN');
    expect(
      await code(castVote(chief, { claimId: claim.id, verdictId: v.id, decision: 'APPROVE', comment: '' })),
    ).toBe('FORBIDDEN');
    expect(
      await code(
        publishVerdict(editor, { claimId: claim.id, verdictId: v.id, version: await version(claim.id) }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      await code(
        publishVerdict(acting(w.secondChief), {
          claimId: claim.id,
          verdictId: v.id,
          version: await version(claim.id),
        }),
      ),
    ).toBe('INVALID');

    expect(
      await castVote(acting(w.secondChief), {
        claimId: claim.id,
        verdictId: v.id,
        decision: 'APPROVE',
        comment: 'Solid.',
      }),
    ).toBe('APPROVED');
    await publishVerdict(acting(w.users.ADMIN), {
      claimId: claim.id,
      verdictId: v.id,
      version: await version(claim.id),
    });
    const published = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(published.status).toBe('PUBLISHED');
    expect(published.publishedVerdictId).toBe(v.id);

    const actions = (
      await db.auditEvent.findMany({ where: { entityId: claim.id }, orderBy: { createdAt: 'asc' } })
    ).map((e) => e.action);
    expect(actions).toEqual(['source.add', 'verdict.save', 'claim.status', 'verdict.vote', 'claim.publish']);
  });

  it('a status move that the table does not allow is refused', async () => {
    const claim = w.claims[4];
    expect(
      await code(
        changeStatus(acting(w.users.EDITOR), { claimId: claim.id, version: claim.version, to: 'PUBLISHED' }),
      ),
    ).toBe('INVALID');
    expect(
      await code(
        changeStatus(acting(w.users.EDITOR), {
          claimId: claim.id,
          version: claim.version,
          to: 'NOT_CHECKABLE',
        }),
      ),
    ).toBe('INVALID');
    expect(
      await code(
        changeStatus(acting(w.users.EDITOR), {
          claimId: claim.id,
          version: claim.version,
          to: 'ARCHIVED',
          reason: 'dup',
        }),
      ),
    ).toBe('FORBIDDEN');
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe('NEW');
  });
});

describe('optimistic locking', () => {
  it('a save made with a stale version is refused and stores nothing', async () => {
    const claim = w.claims[2];
    await saveVerdict(acting(w.users.EDITOR), verdict(claim.id, claim.version));
    const stale = saveVerdict(acting(w.users.ADMIN), {
      ...verdict(claim.id, claim.version),
      conclusion: 'Other text',
    });
    await expect(stale).rejects.toThrow(/Someone else changed this claim/);
    const verdicts = await db.verdict.findMany({ where: { claimId: claim.id } });
    expect(verdicts.map((v) => v.conclusion)).toEqual(['Lower than claimed.']);
  });

  it('two truly concurrent saves of the same version: one wins, one gets a conflict', async () => {
    const claim = w.claims[3];
    const seen = await version(claim.id);
    const results = await Promise.all([
      code(saveVerdict(acting(w.users.EDITOR), { ...verdict(claim.id, seen), conclusion: 'First' })),
      code(saveVerdict(acting(w.users.ADMIN), { ...verdict(claim.id, seen), conclusion: 'Second' })),
    ]);
    expect(results.sort()).toEqual(['CONFLICT', 'OK']);
    expect(await db.verdict.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await version(claim.id)).toBe(seen + 1);
  });
});

describe('what the public and viewers can read', () => {
  it('an unpublished claim is not public', async () => {
    expect(await getPublishedClaim(w.claims[4].slug)).toBeNull();
  });

  it('a published claim is public without its internal notes', async () => {
    await addNote(acting(w.users.EDITOR), { claimId: w.casualty.id, body: 'SECRET-NOTE call the ministry' });
    const published = await getPublishedClaim(w.casualty.slug);
    expect(published?.verdict.rating).toBe('MOSTLY_FALSE');
    expect(published?.verdict.reviewers).toEqual([w.secondChief.name]);
    expect(JSON.stringify(published)).not.toContain('SECRET-NOTE');
  });

  it('only editors and above may export internal notes', async () => {
    const report = async (role: 'VIEWER' | 'EDITOR', includeNotes: boolean) => {
      const { batches } = await streamReportClaims(
        acting(w.users[role]),
        { articleId: w.article.id },
        { includeNotes },
      );
      const claims = [];
      for await (const batch of batches) claims.push(...batch);
      return { claims };
    };
    expect(await code(report('VIEWER', true))).toBe('FORBIDDEN');
    const forViewer = await report('VIEWER', false);
    expect(forViewer.claims.every((c) => c.notes.length === 0)).toBe(true);
    const forEditor = await report('EDITOR', true);
    expect(forEditor.claims.flatMap((c) => c.notes.map((n) => n.body))).toContain(
      'SECRET-NOTE call the ministry',
    );
  });
});
