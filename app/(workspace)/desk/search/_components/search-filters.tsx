import Link from 'next/link';
import { FilterSelect, filterControl as control } from '@/components/ui/filter-select';
import { RATING_OPTIONS } from '@/lib/ratings';
import { KIND_LABEL, STATUS_LABEL } from '@/lib/labels';
import type { SearchQuery } from '@/lib/validation/search-query';

const labelOptions = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

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
        <FilterSelect
          label="Status"
          name="status"
          value={query.status}
          anyLabel="Any status"
          options={labelOptions(STATUS_LABEL)}
        />
        <FilterSelect
          label="Kind"
          name="kind"
          value={query.kind}
          anyLabel="Any kind"
          options={labelOptions(KIND_LABEL)}
        />
        <FilterSelect
          label="Published rating"
          name="rating"
          value={query.rating}
          anyLabel="Any rating"
          options={RATING_OPTIONS}
        />
        <FilterSelect
          label="Assignee"
          name="assignee"
          value={query.assignee}
          anyLabel="Anyone"
          options={assignees.map((u) => ({ value: u.id, label: u.name }))}
        />
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
