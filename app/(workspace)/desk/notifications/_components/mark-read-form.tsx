'use client';

import { ActionForm } from '@/components/forms/action-form';
import { Hidden } from '@/components/forms/field';
import { markNotificationsReadAction } from '../actions';

/** One notice, or all of them when no id is given. */
export function MarkReadForm({ notificationId, label }: { notificationId?: string; label: string }) {
  return (
    <ActionForm
      action={markNotificationsReadAction}
      submitLabel={label}
      pendingLabel="Marking…"
      variant="secondary"
      testId={notificationId ? `mark-read-${notificationId}` : 'mark-all-read'}
      className=""
    >
      {notificationId && <Hidden name="notificationId" value={notificationId} />}
    </ActionForm>
  );
}
