'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { protectedAction } from '@/lib/server/actions/protected-action';
import { createClaim } from '@/lib/server/claims/create-claim';
import { createClaimSchema } from '@/lib/validation/claim';

// A public endpoint: protectedAction checks session and role; createClaim re-checks inside its transaction.
export const createClaimAction = protectedAction('claim.create', createClaimSchema, async (user, input) => {
  const claim = await createClaim(user, input);
  revalidatePath(`/desk/articles/${input.articleId}`);
  redirect(`/desk/claims/${claim.id}?saved=created`);
});
