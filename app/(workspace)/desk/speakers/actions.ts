'use server';

import { revalidatePath } from 'next/cache';
import { protectedAction } from '@/lib/server/actions/protected-action';
import { revalidatePublicClaim } from '@/lib/server/revalidate-public';
import { mergeSpeakers } from '@/lib/server/speakers/merge-speakers';
import { updateSpeaker } from '@/lib/server/speakers/update-speaker';
import { mergeSpeakersSchema, updateSpeakerSchema } from '@/lib/validation/speaker';

// Public endpoints: protectedAction checks session and role; the data functions re-check inside their transaction.
// A speaker's name, title and link show on published verdict pages, so those pages render again.

export const updateSpeakerAction = protectedAction(
  'speaker.update',
  updateSpeakerSchema,
  async (user, input) => {
    const pages = await updateSpeaker(user, input);
    pages.forEach(revalidatePublicClaim);
    revalidatePath('/desk/speakers');
    return 'Speaker saved.';
  },
);

export const mergeSpeakersAction = protectedAction(
  'speaker.merge',
  mergeSpeakersSchema,
  async (user, input) => {
    const pages = await mergeSpeakers(user, input);
    pages.forEach(revalidatePublicClaim);
    revalidatePath('/desk/speakers');
    return 'Speakers merged.';
  },
);
