'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { protectedAction } from '@/lib/server/actions/protected-action';
import { revalidatePublicClaim } from '@/lib/server/revalidate-public';
import { addNote } from '@/lib/server/claims/add-note';
import { addSource } from '@/lib/server/claims/add-source';
import { assignClaim } from '@/lib/server/claims/assign-claim';
import { castVote } from '@/lib/server/claims/cast-vote';
import { changeStatus } from '@/lib/server/claims/change-status';
import { publishVerdict } from '@/lib/server/claims/publish-verdict';
import { saveVerdict } from '@/lib/server/claims/save-verdict';
import { unpublishClaim } from '@/lib/server/claims/unpublish-claim';
import { editClaim } from '@/lib/server/claims/edit-claim';
import { editNote } from '@/lib/server/claims/edit-note';
import { editSource } from '@/lib/server/claims/edit-source';
import { mergeClaims } from '@/lib/server/claims/merge-claims';
import { removeNote } from '@/lib/server/claims/remove-note';
import { removeSource } from '@/lib/server/claims/remove-source';
import { splitClaim } from '@/lib/server/claims/split-claim';
import { editClaimSchema, mergeClaimsSchema, splitClaimSchema } from '@/lib/validation/claim';
import { addNoteSchema, editNoteSchema, removeNoteSchema } from '@/lib/validation/note';
import { addSourceSchema, editSourceSchema, removeSourceSchema } from '@/lib/validation/source';
import { saveVerdictSchema } from '@/lib/validation/verdict';
import {
  assignSchema,
  castVoteSchema,
  changeStatusSchema,
  publishSchema,
  unpublishSchema,
} from '@/lib/validation/workflow';
import { STATUS_LABEL } from '@/lib/labels';
import { linkClaims } from '@/lib/server/claims/link-claims';
import { copyEarlierSources } from '@/lib/server/claims/copy-earlier-sources';
import { copyEarlierSourcesSchema, linkClaimSchema } from '@/lib/validation/claim-link';
import { deskClaimPath } from '@/lib/routes';

// Each export is a public endpoint; protectedAction checks session and role before anything runs,
// and the data-access function checks the finer rules (author, status) inside its transaction.

/** Revalidates even when the change failed, so a conflict shows the other editor's change. */
async function thenRevalidate<T>(claimId: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } finally {
    revalidatePath(deskClaimPath(claimId));
  }
}

export const addSourceAction = protectedAction('source.add', addSourceSchema, async (user, input) => {
  await thenRevalidate(input.claimId, addSource(user, input));
  return 'Source added.';
});

export const saveVerdictAction = protectedAction('verdict.save', saveVerdictSchema, async (user, input) => {
  await thenRevalidate(input.claimId, saveVerdict(user, input));
  return input.correctionNote
    ? 'Correction saved; it goes public once reviewed and published.'
    : 'Verdict saved.';
});

export const addNoteAction = protectedAction('note.add', addNoteSchema, async (user, input) => {
  await thenRevalidate(input.claimId, addNote(user, input));
  return 'Note added.';
});

export const changeStatusAction = protectedAction('claim.status', changeStatusSchema, async (user, input) => {
  await thenRevalidate(input.claimId, changeStatus(user, input));
  return `Status is now ${STATUS_LABEL[input.to]}.`;
});

export const castVoteAction = protectedAction('verdict.vote', castVoteSchema, async (user, input) => {
  const outcome = await thenRevalidate(input.claimId, castVote(user, input));
  if (outcome === 'APPROVED') return 'Vote recorded: the verdict is approved and can be published.';
  if (outcome === 'REJECTED') return 'Vote recorded: the verdict was rejected and goes back to research.';
  return 'Vote recorded: waiting for more votes.';
});

export const publishAction = protectedAction('claim.publish', publishSchema, async (user, input) => {
  revalidatePublicClaim(await thenRevalidate(input.claimId, publishVerdict(user, input)));
  return 'Published.';
});

export const unpublishAction = protectedAction('claim.unpublish', unpublishSchema, async (user, input) => {
  revalidatePublicClaim(await thenRevalidate(input.claimId, unpublishClaim(user, input)));
  return 'Unpublished.';
});

export const assignAction = protectedAction('claim.assign', assignSchema, async (user, input) => {
  await thenRevalidate(input.claimId, assignClaim(user, input));
  return input.assigneeId ? 'Assigned.' : 'Unassigned.';
});

export const linkClaimAction = protectedAction('claim.link', linkClaimSchema, async (user, input) => {
  const [a, b] = await thenRevalidate(input.claimId, linkClaims(user, input));
  // "Also checked" on public verdict pages lists links between published claims.
  for (const c of [a, b])
    if (c.status === 'PUBLISHED') revalidatePublicClaim({ slug: c.slug, articleSlug: c.article.slug });
  return input.kind === 'SAME_CLAIM' ? 'Marked as the same claim.' : 'Marked as related.';
});

export const copyEarlierSourcesAction = protectedAction(
  'source.copy',
  copyEarlierSourcesSchema,
  async (user, input) => {
    const added = await thenRevalidate(input.claimId, copyEarlierSources(user, input));
    return added === 1
      ? '1 source added from the earlier check.'
      : `${added} sources added from the earlier check.`;
  },
);

export const editClaimAction = protectedAction('claim.edit', editClaimSchema, async (user, input) => {
  const { published } = await thenRevalidate(input.claimId, editClaim(user, input));
  if (published) return 'Saved. Readers see the change once the correction is reviewed and published.';
  redirect(`/desk/claims/${input.claimId}?saved=claim`);
});

export const splitClaimAction = protectedAction('claim.split', splitClaimSchema, async (user, input) => {
  const created = await thenRevalidate(input.claimId, splitClaim(user, input));
  redirect(`/desk/claims/${created.id}?saved=split`);
});

export const mergeClaimsAction = protectedAction('claim.merge', mergeClaimsSchema, async (user, input) => {
  const { merged } = await thenRevalidate(input.claimId, mergeClaims(user, input));
  return merged === 1
    ? 'Merged 1 duplicate into this claim.'
    : `Merged ${merged} duplicates into this claim.`;
});

export const editSourceAction = protectedAction('source.edit', editSourceSchema, async (user, input) => {
  const { claimId } = await editSource(user, input);
  revalidatePath(`/desk/claims/${claimId}`);
  return input.correctionNote
    ? 'Source updated; readers see it once the correction is reviewed and published.'
    : 'Source updated.';
});

export const removeSourceAction = protectedAction(
  'source.remove',
  removeSourceSchema,
  async (user, input) => {
    const { claimId } = await removeSource(user, input);
    revalidatePath(`/desk/claims/${claimId}`);
    return input.correctionNote
      ? 'Source removed; readers stop seeing it once the correction is published.'
      : 'Source removed.';
  },
);

export const editNoteAction = protectedAction('note.edit', editNoteSchema, async (user, input) => {
  const { claimId } = await editNote(user, input);
  revalidatePath(`/desk/claims/${claimId}`);
  return 'Note updated.';
});

export const removeNoteAction = protectedAction('note.remove', removeNoteSchema, async (user, input) => {
  const { claimId } = await removeNote(user, input);
  revalidatePath(`/desk/claims/${claimId}`);
  return 'Note removed.';
});
