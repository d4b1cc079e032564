'use client';

import { ActionForm } from '@/components/forms/action-form';
import { Field, Hidden } from '@/components/forms/field';
import { ROLE_LABEL } from '@/lib/roles';
import { createUserAction, updateSettingsAction, updateUserAction } from '../actions';

const roleOptions = Object.entries(ROLE_LABEL).map(([value, label]) => ({ value, label }));

export function CreateUserForm() {
  return (
    <ActionForm action={createUserAction} submitLabel="Create user" testId="create-user-form">
      <div className="grid gap-3 sm:grid-cols-3">
        <Field name="name" label="Name" required />
        <Field name="email" label="Email" type="email" required />
        <Field name="role" label="Role" as="select" options={roleOptions} required />
      </div>
    </ActionForm>
  );
}

export function UserRowForm({
  user,
}: {
  user: { id: string; name: string; role: string; disabled: boolean };
}) {
  return (
    <ActionForm
      action={updateUserAction}
      submitLabel="Save"
      variant="secondary"
      testId={`user-${user.id}`}
      className="flex flex-wrap items-end gap-2"
    >
      <Hidden name="userId" value={user.id} />
      <Field
        name="role"
        label={`Role of ${user.name}`}
        as="select"
        options={roleOptions}
        defaultValue={user.role}
        required
      />
      <Field
        name="disabled"
        label="Account"
        as="select"
        defaultValue={String(user.disabled)}
        options={[
          { value: 'false', label: 'Active' },
          { value: 'true', label: 'Disabled' },
        ]}
        required
      />
    </ActionForm>
  );
}

export function SettingsForm({ reviewVotes }: { reviewVotes: number }) {
  return (
    <ActionForm action={updateSettingsAction} submitLabel="Save settings" testId="settings-form">
      <Field
        name="reviewVotes"
        label="Votes per review"
        type="number"
        defaultValue={String(reviewVotes)}
        hint="How many chief editors vote on each verdict; the majority carries. 1 by default, 3 in PolitiFact-style newsrooms."
        required
      />
    </ActionForm>
  );
}
