'use client';

import { ActionForm } from '@/components/forms/action-form';
import { startReportExportAction } from '../actions';

/**
 * The same choices as the download form, built by a background job instead: for exports of more
 * than a thousand claims, which then survive a closed tab or a restarted server.
 */
export function BackgroundExportForm({ values }: { values: Record<string, string | undefined> }) {
  return (
    <ActionForm
      action={startReportExportAction}
      submitLabel="Prepare in the background"
      pendingLabel="Starting…"
      variant="secondary"
      testId="background-export-form"
      className="space-y-2"
    >
      {Object.entries(values).flatMap(([name, value]) =>
        value ? [<input key={name} type="hidden" name={name} value={value} />] : [],
      )}
      <p className="text-xs text-stone-600">
        Over 1,000 claims? Let a server build the file and come back for it; progress is shown on the next
        page.
      </p>
    </ActionForm>
  );
}
