'use server';

import { createReaderSubmission } from '@/lib/server/submissions/create-reader-submission';
import { publicAction } from '@/lib/server/actions/public-action';
import { readerSubmissionSchema } from '@/lib/validation/reader-submission';

// Public on purpose: readers need no account. Abuse is held back by the honeypot and rate limit.
export const submitReaderMessageAction = publicAction(readerSubmissionSchema, async (sender, input) => {
  await createReaderSubmission(sender, input);
  return 'Thank you. An editor will read your message; we may not reply to every one.';
});
