import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptClient } from '@/prisma/client';
import { acting, createWorld, type World } from '@/prisma/test-world';
import { assignClaim } from '../claims/assign-claim';
import { castVote } from '../claims/cast-vote';
import { changeStatus } from '../claims/change-status';
import { publishVerdict } from '../claims/publish-verdict';
import { saveVerdict } from '../claims/save-verdict';
import { listSentBackToMe } from '../claims/list-sent-back-to-me';
import { listWaitingForMyReview } from '../claims/list-waiting-for-my-review';
import { countUnreadNotifications } from './count-unread-notifications';
import { listNotifications } from './list-notifications';
import { markNotificationsRead } from './mark-notifications-read';

const db = scriptClient();
let w: World;

beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

const version = async (claimId: string) =>
  (await db.claim.findUniqueOrThrow({ where: { id: claimId } })).version;
const newest = (claimId: string) =>
  db.verdict.findFirstOrThrow({ where: { claimId }, orderBy: { createdAt: 'desc' } });
const kinds = async (userId: string, claimId: string) =>
  (await db.notification.findMany({ where: { userId, claimId }, orderBy: { createdAt: 'asc' } })).map(
    (n) => n.kind,
  );

describe('notifications and the desk home', () => {
  it('tell the editor about an assignment, the chiefs about a review, the author about a rejection and a publication', async () => {
    const claim = w.claims[4];
    const [editor, chief, second] = [acting(w.users.EDITOR), acting(w.users.CHIEF), acting(w.secondChief)];

    await assignClaim(chief, { claimId: claim.id, assigneeId: editor.id });
    await saveVerdict(editor, {
      claimId: claim.id,
      version: await version(claim.id),
      rating: 'FALSE',
      conclusion: 'No.',
      rationale: 'Because.',
    });
    await changeStatus(editor, { claimId: claim.id, version: await version(claim.id), to: 'IN_REVIEW' });
    expect(await kinds(chief.id, claim.id)).toEqual(['REVIEW_REQUESTED']);
    expect((await listWaitingForMyReview(chief, 200)).map((c) => c.id)).toContain(claim.id);
    expect(await listWaitingForMyReview(editor)).toEqual([]);

    await castVote(chief, {
      claimId: claim.id,
      verdictId: (await newest(claim.id)).id,
      decision: 'REJECT',
      comment: 'Cite the UN figure.',
    });
    const rejection = (await listNotifications(editor)).find(
      (n) => n.kind === 'REJECTED' && n.claim.id === claim.id,
    );
    expect(rejection?.comment).toBe('Cite the UN figure.');
    expect((await listSentBackToMe(editor)).find((c) => c.id === claim.id)?.comments).toEqual([
      { by: chief.name, comment: 'Cite the UN figure.' },
    ]);
    expect((await listWaitingForMyReview(chief, 200)).map((c) => c.id)).not.toContain(claim.id);

    await saveVerdict(editor, {
      claimId: claim.id,
      version: await version(claim.id),
      rating: 'FALSE',
      conclusion: 'No, per the UN.',
      rationale: 'UN figure.',
    });
    await changeStatus(editor, { claimId: claim.id, version: await version(claim.id), to: 'IN_REVIEW' });
    await castVote(second, {
      claimId: claim.id,
      verdictId: (await newest(claim.id)).id,
      decision: 'APPROVE',
      comment: '',
    });
    await publishVerdict(second, {
      claimId: claim.id,
      verdictId: (await newest(claim.id)).id,
      version: await version(claim.id),
    });

    expect(await kinds(editor.id, claim.id)).toEqual(['ASSIGNED', 'REJECTED', 'PUBLISHED']);
    expect(await kinds(chief.id, claim.id)).toEqual(['REVIEW_REQUESTED', 'REVIEW_REQUESTED']);
    expect(await countUnreadNotifications(editor)).toBe(3);
  });

  it('are read per person: marking one read leaves everyone else’s unread', async () => {
    const [editor, chief] = [acting(w.users.EDITOR), acting(w.users.CHIEF)];
    const chiefUnread = await countUnreadNotifications(chief);
    const [first] = await listNotifications(editor);
    await markNotificationsRead(chief, { notificationId: first.id });
    expect(await countUnreadNotifications(editor)).toBe(3);
    await markNotificationsRead(editor, { notificationId: first.id });
    expect(await countUnreadNotifications(editor)).toBe(2);
    await markNotificationsRead(editor, { notificationId: undefined });
    expect(await countUnreadNotifications(editor)).toBe(0);
    expect(await countUnreadNotifications(chief)).toBe(chiefUnread);
  });
});
