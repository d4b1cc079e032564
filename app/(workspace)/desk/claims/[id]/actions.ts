'use server';

import { revalidatePath } from 'next/cache';
import { protectedAction } from '@/lib/server/action';
import { revalidatePublicClaim } from '@/lib/server/revalidate-public';
import { addNote } from '@/lib/server/data/add-note';
import { addSource } from '@/lib/server/data/add-source';
import { assignClaim } from '@/lib/server/data/assign-claim';
import { castVote } from '@/lib/server/data/cast-vote';
import { changeStatus } from '@/lib/server/data/change-status';
import { publishClaim } from '@/lib/server/data/publish-claim';
import { saveVerdict } from '@/lib/server/data/save-verdict';
import { unpublishClaim } from '@/lib/server/data/unpublish-claim';
import { addNoteSchema } from '@/lib/validation/note';
import { addSourceSchema } from '@/lib/validation/source';
import { saveVerdictSchema } from '@/lib/validation/verdict';
import { assignSchema, castVoteSchema, changeStatusSchema, publishSchema, unpublishSchema } from '@/lib/validation/workflow';
import { STATUS_LABEL } from '@/lib/labels';
import { linkClaims } from '@/lib/server/claims/link-claims';
import { linkClaimSchema } from '@/lib/validation/claim-link';

// Each export is a public endpoint; protectedAction checks session and role before anything runs,
// and the data-access function checks the finer rules (author, status) inside its transaction.

/** Revalidates even when the change failed, so a conflict shows the other editor's change. */
async function thenRevalidate<T>(claimId: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } finally {
    revalidatePath(`/desk/claims/${claimId}`);
  }
}

export const addSourceAction = protectedAction('EDITOR', addSourceSchema, async (user, input) => {
  await thenRevalidate(input.claimId, addSource(user, input));
  return 'Source added.';
});

export const saveVerdictAction = protectedAction('EDITOR', saveVerdictSchema, async (user, input) => {
  await thenRevalidate(input.claimId, saveVerdict(user, input));
  return input.correctionNote ? 'Correction saved; it goes public once reviewed and published.' : 'Verdict saved.';
});

export const addNoteAction = protectedAction('EDITOR', addNoteSchema, async (user, input) => {
  await thenRevalidate(input.claimId, addNote(user, input));
  return 'Note added.';
});

export const changeStatusAction = protectedAction('EDITOR', changeStatusSchema, async (user, input) => {
  await thenRevalidate(input.claimId, changeStatus(user, input));
  return `Status is now ${STATUS_LABEL[input.to]}.`;
});

export const castVoteAction = protectedAction('CHIEF', castVoteSchema, async (user, input) => {
  const outcome = await thenRevalidate(input.claimId, castVote(user, input));
  if (outcome === 'APPROVED') return 'Vote recorded: the verdict is approved and can be published.';
  if (outcome === 'REJECTED') return 'Vote recorded: the verdict was rejected and goes back to research.';
  return 'Vote recorded: waiting for more votes.';
});

export const publishAction = protectedAction('CHIEF', publishSchema, async (user, input) => {
  revalidatePublicClaim(await thenRevalidate(input.claimId, publishClaim(user, input)));
  return 'Published.';
});

export const unpublishAction = protectedAction('CHIEF', unpublishSchema, async (user, input) => {
  revalidatePublicClaim(await thenRevalidate(input.claimId, unpublishClaim(user, input)));
  return 'Unpublished.';
});

export const assignAction = protectedAction('CHIEF', assignSchema, async (user, input) => {
  await thenRevalidate(input.claimId, assignClaim(user, input));
  return input.assigneeId ? 'Assigned.' : 'Unassigned.';
});

export const linkClaimAction = protectedAction('EDITOR', linkClaimSchema, async (user, input) => {
  const [a, b] = await thenRevalidate(input.claimId, linkClaims(user, input));
  // "Also checked" on public verdict pages lists links between published claims.
  for (const c of [a, b]) if (c.status === 'PUBLISHED') revalidatePublicClaim({ slug: c.slug, articleSlug: c.article.slug });
  return input.kind === 'SAME_CLAIM' ? 'Marked as the same claim.' : 'Marked as related.';
});
