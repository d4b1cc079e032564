'use server';

import { redirect } from 'next/navigation';
import { protectedAction } from '@/lib/server/actions/protected-action';
import { changeOwnPassword } from '@/lib/server/users/change-own-password';
import { changePasswordSchema } from '@/lib/validation/password';

// Every role changes its own password, also while still on an admin's temporary one. The change
// ends all sessions, this one included, so the user signs in again with the new password.
export const changePasswordAction = protectedAction(
  'user.change-password',
  changePasswordSchema,
  async (user, input) => {
    await changeOwnPassword(user, input);
    redirect('/login?changed=1');
  },
  { beforePasswordChange: true },
);
