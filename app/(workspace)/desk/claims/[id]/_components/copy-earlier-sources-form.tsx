'use client';

import { ActionForm } from '@/components/forms/action-form';
import { Hidden } from '@/components/forms/field';
import { copyEarlierSourcesAction } from '../actions';

type EarlierSource = { title: string; url: string; publisher: string };

/** The earlier check's sources, listed so the editor sees what one click would add. */
export function CopyEarlierSourcesForm({
  claimId,
  earlierId,
  sources,
}: {
  claimId: string;
  earlierId: string;
  sources: EarlierSource[];
}) {
  return (
    <ActionForm
      action={copyEarlierSourcesAction}
      submitLabel={sources.length === 1 ? 'Add this source' : `Add these ${sources.length} sources`}
      variant="secondary"
      className="mt-2 space-y-2"
      testId="copy-sources-form"
    >
      <Hidden name="claimId" value={claimId} />
      <Hidden name="earlierId" value={earlierId} />
      <p>Its sources:</p>
      <ul className="list-disc pl-5">
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} className="text-blue-800 underline" target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
            , {s.publisher}
          </li>
        ))}
      </ul>
    </ActionForm>
  );
}
