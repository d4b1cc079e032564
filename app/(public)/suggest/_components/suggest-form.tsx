'use client';

import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
import { submitReaderMessageAction } from '../actions';
import { SuggestMatches } from './suggest-matches';

export function SuggestForm({ claimSlug }: { claimSlug?: string }) {
  return (
    <ActionForm
      action={submitReaderMessageAction}
      submitLabel="Send"
      pendingLabel="Sending…"
      testId="suggest-form"
    >
      <Field
        name="kind"
        label="What is this about?"
        as="select"
        required
        defaultValue={claimSlug ? 'REPORT_ERROR' : undefined}
        options={[
          { value: 'SUGGEST_CLAIM', label: 'A claim you should check' },
          { value: 'REPORT_ERROR', label: 'An error in one of your verdicts' },
        ]}
      />
      <Field name="message" label="Your message" as="textarea" rows={5} required />
      <Field
        name="url"
        label="Link (optional)"
        type="url"
        hint="Where the claim was made, or the evidence for the error."
      />
      <Field name="email" label="Your email (optional)" type="email" hint="Only if you would like a reply." />
      {claimSlug && <input type="hidden" name="claimSlug" value={claimSlug} />}
      <SuggestMatches />
      <div aria-hidden="true" className="absolute -left-[9999px]">
        <label>
          Website
          <input type="text" name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
    </ActionForm>
  );
}
