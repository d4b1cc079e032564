'use server';

import { revalidatePath } from 'next/cache';
import { protectedAction } from '@/lib/server/actions/protected-action';
import { createUser } from '@/lib/server/users/create-user';
import { updateSettings } from '@/lib/server/settings/update-settings';
import { updateUser } from '@/lib/server/users/update-user';
import { createUserSchema, settingsSchema, updateUserSchema } from '@/lib/validation/admin';
import { deskAdminPath, deskPath } from '@/lib/routes';

export const createUserAction = protectedAction('user.create', createUserSchema, async (admin, input) => {
  const { temporaryPassword } = await createUser(admin, input);
  revalidatePath(deskAdminPath());
  return `Created ${input.email}. Temporary password: ${temporaryPassword} — give it to them privately; it is not shown again.`;
});

export const updateUserAction = protectedAction('user.update', updateUserSchema, async (admin, input) => {
  await updateUser(admin, input);
  revalidatePath(deskAdminPath());
  return 'Saved.';
});

export const updateSettingsAction = protectedAction(
  'settings.update',
  settingsSchema,
  async (admin, input) => {
    await updateSettings(admin, input);
    revalidatePath(deskPath(), 'layout');
    return 'Settings saved.';
  },
);
