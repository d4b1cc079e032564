'use server';

import { revalidatePath } from 'next/cache';
import { protectedAction } from '@/lib/server/action';
import { addNote } from '@/lib/server/data/add-note';
import { addSource } from '@/lib/server/data/add-source';
import { approveAndPublish } from '@/lib/server/data/approve-and-publish';
import { saveVerdict } from '@/lib/server/data/save-verdict';
import { sendForReview } from '@/lib/server/data/send-for-review';
import { addNoteSchema } from '@/lib/validation/note';
import { addSourceSchema } from '@/lib/validation/source';
import { saveVerdictSchema } from '@/lib/validation/verdict';
import { approveAndPublishSchema, sendForReviewSchema } from '@/lib/validation/workflow';

// Each export is a public endpoint; protectedAction checks session and role before anything runs.

export const addSourceAction = protectedAction('EDITOR', addSourceSchema, async (user, input) => {
  await addSource(user, input);
  revalidatePath(`/desk/claims/${input.claimId}`);
  return 'Source added.';
});

export const saveVerdictAction = protectedAction('EDITOR', saveVerdictSchema, async (user, input) => {
  try {
    await saveVerdict(user, input);
    return 'Verdict saved.';
  } finally {
    // Also after a conflict, so the page shows the other editor's change beside the kept input.
    revalidatePath(`/desk/claims/${input.claimId}`);
  }
});

export const addNoteAction = protectedAction('EDITOR', addNoteSchema, async (user, input) => {
  await addNote(user, input);
  revalidatePath(`/desk/claims/${input.claimId}`);
  return 'Note added.';
});

export const sendForReviewAction = protectedAction('EDITOR', sendForReviewSchema, async (user, input) => {
  try {
    await sendForReview(user, input);
    return 'Sent for review.';
  } finally {
    revalidatePath(`/desk/claims/${input.claimId}`);
  }
});

export const approveAndPublishAction = protectedAction('CHIEF', approveAndPublishSchema, async (user, input) => {
  await approveAndPublish(user, input);
  revalidatePath(`/desk/claims/${input.claimId}`);
  return 'Approved and published.';
});
