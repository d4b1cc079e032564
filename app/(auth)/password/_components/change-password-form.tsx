'use client';

import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
import { PASSWORD_MIN_LENGTH } from '@/lib/validation/password-rules';
import { changePasswordAction } from '../actions';

export function ChangePasswordForm() {
  return (
    <ActionForm action={changePasswordAction} submitLabel="Change password" testId="change-password-form">
      <Field name="currentPassword" label="Current password" type="password" required />
      <Field
        name="newPassword"
        label="New password"
        type="password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters, and not one of the common passwords attackers try first.`}
        required
      />
      <Field name="confirmPassword" label="New password again" type="password" required />
    </ActionForm>
  );
}
