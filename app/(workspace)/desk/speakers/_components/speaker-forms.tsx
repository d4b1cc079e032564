'use client';

import { ActionForm } from '@/components/forms/action-form';
import { Field, Hidden } from '@/components/forms/field';
import { mergeSpeakersAction, updateSpeakerAction } from '../actions';

type Speaker = { id: string; name: string; title: string | null; sameAs: string | null; claims: number };

export function SpeakerForm({ speaker }: { speaker: Speaker }) {
  return (
    <ActionForm
      action={updateSpeakerAction}
      submitLabel="Save speaker"
      variant="secondary"
      testId={`speaker-${speaker.id}`}
    >
      <Hidden name="speakerId" value={speaker.id} />
      <div className="grid gap-3 md:grid-cols-3">
        <Field name="name" label="Name" defaultValue={speaker.name} required />
        <Field
          name="title"
          label="Job title"
          defaultValue={speaker.title ?? undefined}
          placeholder="President of the United States"
        />
        <Field
          name="sameAs"
          label="Identity link"
          type="url"
          defaultValue={speaker.sameAs ?? undefined}
          hint="Wikidata or Wikipedia page; ClaimReview names the speaker with it."
          placeholder="https://www.wikidata.org/wiki/Q…"
        />
      </div>
    </ActionForm>
  );
}

export function MergeSpeakersForm({ speakers }: { speakers: Speaker[] }) {
  const options = speakers.map((s) => ({ value: s.id, label: `${s.name} (${s.claims} claims)` }));
  return (
    <ActionForm action={mergeSpeakersAction} submitLabel="Merge speakers" testId="merge-speakers-form">
      <div className="grid gap-3 md:grid-cols-2">
        <Field
          name="duplicateId"
          label="Duplicate (removed)"
          as="select"
          options={options}
          required
          hint="Its claims move to the speaker kept."
        />
        <Field
          name="survivorId"
          label="Speaker to keep"
          as="select"
          options={options}
          required
          hint="Takes the duplicate's job title and link if it has none."
        />
      </div>
    </ActionForm>
  );
}
