import Link from 'next/link';
import { RATINGS, RATING_KEYS } from '@/lib/ratings';
import { KIND_LABEL, STATUS_LABEL } from '@/lib/labels';
import type { SearchQuery } from '@/lib/validation/search-query';

const control = 'mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm';

/** A plain GET form: the query and filters live in the URL, so results are shareable and Back works. */
export function SearchFilters({
  query,
  assignees,
}: {
  query: SearchQuery;
  assignees: { id: string; name: string }[];
}) {
  return (
    <form
      method="get"
      action="/desk/search"
      role="search"
      className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-stone-200"
    >
      <label className="block text-sm font-medium">
        Search claims, speakers, articles, verdicts, sources and notes
        <input
          name="q"
          type="search"
          defaultValue={query.q ?? ''}
          className={control}
          placeholder="e.g. Zelensky casualties per week"
        />
      </label>
      {query.speaker && <input type="hidden" name="speaker" value={query.speaker} />}
      {query.article && <input type="hidden" name="article" value={query.article} />}
      <div className="grid gap-3 sm:grid-cols-4">
        <label className="text-sm font-medium">
          Status
          <select name="status" defaultValue={query.status ?? ''} className={control}>
            <option value="">Any status</option>
            {Object.entries(STATUS_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Kind
          <select name="kind" defaultValue={query.kind ?? ''} className={control}>
            <option value="">Any kind</option>
            {Object.entries(KIND_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Published rating
          <select name="rating" defaultValue={query.rating ?? ''} className={control}>
            <option value="">Any rating</option>
            {RATING_KEYS.map((r) => (
              <option key={r} value={r}>
                {RATINGS[r].label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Assignee
          <select name="assignee" defaultValue={query.assignee ?? ''} className={control}>
            <option value="">Anyone</option>
            {assignees.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Changed from
          <input type="date" name="from" defaultValue={query.from ?? ''} className={control} />
        </label>
        <label className="text-sm font-medium">
          Changed until
          <input type="date" name="to" defaultValue={query.to ?? ''} className={control} />
        </label>
        <label className="text-sm font-medium">
          Sort by
          <select name="sort" defaultValue={query.sort} className={control}>
            <option value="relevance">Relevance</option>
            <option value="date">Newest change</option>
          </select>
        </label>
        <div className="flex items-end gap-3">
          <button className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-900">
            Search
          </button>
          {(query.speaker || query.article) && (
            <Link href="/desk/search" className="text-sm text-blue-800 underline">
              Clear speaker/article
            </Link>
          )}
        </div>
      </div>
    </form>
  );
}
