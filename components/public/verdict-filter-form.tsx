import { FilterSelect } from '@/components/ui/filter-select';
import { RATING_OPTIONS } from '@/lib/ratings';
import type { VerdictFilterValues } from '@/lib/verdict-filter-key';

/** A plain GET form: filtering works without JavaScript and every result page has its own URL. */
export function VerdictFilterForm({
  filters,
  speakers,
  articles,
}: {
  filters: VerdictFilterValues;
  speakers: string[];
  articles: { slug: string; title: string }[];
}) {
  return (
    <form
      method="get"
      action="/verdicts"
      className="grid gap-3 rounded-lg bg-white p-4 ring-1 ring-stone-200 sm:grid-cols-4 sm:items-end"
    >
      <FilterSelect
        label="Rating"
        name="rating"
        value={filters.rating}
        anyLabel="Any rating"
        options={RATING_OPTIONS}
      />
      <FilterSelect
        label="Speaker"
        name="speaker"
        value={filters.speaker}
        anyLabel="Anyone"
        options={speakers.map((s) => ({ value: s, label: s }))}
      />
      <FilterSelect
        label="Article"
        name="article"
        value={filters.article}
        anyLabel="Any article"
        options={articles.map((a) => ({ value: a.slug, label: a.title }))}
      />
      <button className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-900">
        Filter
      </button>
    </form>
  );
}
