'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { protectedAction } from '@/lib/server/actions/protected-action';
import { triageReaderMessage } from '@/lib/server/submissions/triage-reader-message';
import { turnMessageIntoClaim } from '@/lib/server/submissions/turn-message-into-claim';
import {
  triageReaderMessageSchema,
  turnMessageIntoClaimSchema,
} from '@/lib/validation/reader-message-triage';
import { SUBMISSION_STATUS_LABEL } from '@/lib/labels';
import { deskClaimPath, deskSubmissionsPath } from '@/lib/routes';

// Public endpoints like every Server Action: protectedAction checks session and role first.

export const triageReaderMessageAction = protectedAction(
  'submission.triage',
  triageReaderMessageSchema,
  async (user, input) => {
    await triageReaderMessage(user, input);
    revalidatePath(deskSubmissionsPath());
    return `Marked ${SUBMISSION_STATUS_LABEL[input.status].toLowerCase()}.`;
  },
);

export const turnMessageIntoClaimAction = protectedAction(
  'claim.from-reader',
  turnMessageIntoClaimSchema,
  async (user, input) => {
    const claim = await turnMessageIntoClaim(user, input);
    revalidatePath(deskSubmissionsPath());
    redirect(deskClaimPath(claim.id));
  },
);
