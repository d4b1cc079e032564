import { SOURCE_KIND_LABEL, STANCE_LABEL } from '@/lib/labels';
import { stamp } from '@/lib/dates';
import { isShownToReaders } from '@/lib/workflow/source-visibility';
import type { DeskClaim } from '@/lib/server/claims/get-claim-for-desk';
import { EditSourceForm, RemoveSourceForm } from './source-form';

type Source = DeskClaim['sources'][number];

function SourceLine({ s }: { s: Source }) {
  return (
    <>
      <a
        href={s.url}
        className="font-medium text-blue-800 underline"
        rel="noopener noreferrer"
        target="_blank"
      >
        {s.title}
      </a>{' '}
      <span className="text-stone-600">
        — {s.publisher} · {STANCE_LABEL[s.stance]} · {SOURCE_KIND_LABEL[s.kind]}
        {s.figure !== null ? ` · figure ${s.figure.toLocaleString('en')}` : ''}
      </span>
    </>
  );
}

/**
 * Live sources with their public state (on a published claim a change waits for a correction),
 * each editable and removable; removed ones stay listed for the record.
 */
export function SourceList({
  sources,
  published,
  approvedAt,
  editable,
}: {
  sources: Source[];
  published: boolean;
  approvedAt: Date | null;
  editable: boolean;
}) {
  const live = sources.filter((s) => s.removedAt === null);
  const removed = sources.filter((s) => s.removedAt !== null);
  const cited = (s: Source) => published && isShownToReaders(s, approvedAt);
  // An edit of a cited source is a new row replacing the old one; keying by the first row keeps
  // the open form and its result message in place across that change.
  const byId = new Map(sources.map((s) => [s.id, s]));
  const lineage = (s: Source): string =>
    s.replacesId && byId.has(s.replacesId) ? lineage(byId.get(s.replacesId)!) : s.id;
  return (
    <>
      <ul className="mb-4 space-y-3">
        {live.map((s) => (
          <li key={lineage(s)} className="text-sm" data-testid="source">
            <SourceLine s={s} />
            {s.excerpt && (
              <blockquote className="mt-1 border-l-2 border-stone-300 pl-2 text-stone-700">
                {s.excerpt}
              </blockquote>
            )}
            <p className="text-xs text-stone-500">
              Added by {s.addedBy.name}
              {published && !cited(s) ? ' · readers see it once a correction is published' : ''}
            </p>
            {editable && (
              <div className="mt-1 flex flex-wrap gap-4">
                <details className="group w-full">
                  <summary className="cursor-pointer text-sm text-blue-800 underline">Edit source</summary>
                  <div className="mt-2 rounded-md bg-stone-50 p-3 ring-1 ring-stone-200">
                    <EditSourceForm source={s} cited={cited(s)} formId={lineage(s)} />
                  </div>
                </details>
                <details className="w-full">
                  <summary className="cursor-pointer text-sm text-red-800 underline">Remove source</summary>
                  <div className="mt-2 rounded-md bg-stone-50 p-3 ring-1 ring-stone-200">
                    <RemoveSourceForm sourceId={s.id} cited={cited(s)} />
                  </div>
                </details>
              </div>
            )}
          </li>
        ))}
      </ul>
      {removed.length > 0 && (
        <details className="mb-4 text-sm" data-testid="removed-sources">
          <summary className="cursor-pointer text-stone-700">
            Removed or replaced sources ({removed.length})
          </summary>
          <ul className="mt-2 space-y-2">
            {removed.map((s) => (
              <li key={s.id} className="text-stone-600">
                <SourceLine s={s} />
                <p className="text-xs">
                  Removed {stamp(s.removedAt!)}
                  {published && isShownToReaders(s, approvedAt)
                    ? ' · readers see it until the correction is published'
                    : ''}
                </p>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
