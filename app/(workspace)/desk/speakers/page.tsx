import type { Metadata } from 'next';
import { hasRole } from '@/lib/roles';
import { requireDeskUser } from '@/lib/server/require-desk-user';
import { listSpeakers } from '@/lib/server/speakers/list-speakers';
import { MergeSpeakersForm, SpeakerForm } from './_components/speaker-forms';

export const metadata: Metadata = { title: 'Speakers' };

export default async function SpeakersPage() {
  const user = await requireDeskUser();
  const speakers = (await listSpeakers(user)).map((s) => ({
    id: s.id,
    name: s.name,
    title: s.title,
    sameAs: s.sameAs,
    claims: s._count.claims,
  }));
  const missingLinks = speakers.filter((s) => !s.sameAs).length;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">Speakers</h1>
      <p className="text-sm text-stone-700">
        {speakers.length} speakers · {missingLinks} without an identity link. Published verdicts name the
        speaker with this job title and link.
      </p>
      {hasRole(user.role, 'CHIEF') && speakers.length > 1 && (
        <section
          aria-labelledby="merge-h"
          className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-stone-200"
        >
          <h2 id="merge-h" className="mb-3 text-lg font-semibold">
            Merge two entries for one person
          </h2>
          <MergeSpeakersForm speakers={speakers} />
        </section>
      )}
      <ul className="space-y-3" data-testid="speaker-list">
        {speakers.map((s) => (
          <li key={s.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-stone-200">
            <p className="mb-2 text-sm text-stone-600">
              <span className="font-medium text-stone-900">{s.name}</span> · {s.claims}{' '}
              {s.claims === 1 ? 'claim' : 'claims'}
              {!s.sameAs && (
                <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">
                  no identity link
                </span>
              )}
            </p>
            {hasRole(user.role, 'EDITOR') ? (
              <SpeakerForm speaker={s} />
            ) : (
              <p className="text-sm">
                {s.title ?? 'No job title'} · {s.sameAs ?? 'no link'}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
