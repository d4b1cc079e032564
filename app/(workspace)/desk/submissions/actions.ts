'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { protectedAction } from '@/lib/server/action';
import { triageReaderMessage } from '@/lib/server/reader-messages/triage-reader-message';
import { turnMessageIntoClaim } from '@/lib/server/reader-messages/turn-message-into-claim';
import { triageReaderMessageSchema, turnMessageIntoClaimSchema } from '@/lib/validation/reader-message-triage';
import { SUBMISSION_STATUS_LABEL } from '@/lib/labels';

// Public endpoints like every Server Action: protectedAction checks session and role first.

export const triageReaderMessageAction = protectedAction('EDITOR', triageReaderMessageSchema, async (user, input) => {
  await triageReaderMessage(user, input);
  revalidatePath('/desk/submissions');
  return `Marked ${SUBMISSION_STATUS_LABEL[input.status].toLowerCase()}.`;
});

export const turnMessageIntoClaimAction = protectedAction('EDITOR', turnMessageIntoClaimSchema, async (user, input) => {
  const claim = await turnMessageIntoClaim(user, input);
  revalidatePath('/desk/submissions');
  redirect(`/desk/claims/${claim.id}`);
});
