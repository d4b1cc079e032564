/** The reader's search over published verdicts: a plain GET form, so it works without JavaScript. */
export function VerdictSearchBox({ text = '' }: { text?: string }) {
  return (
    <form method="get" action="/verdicts" role="search" className="flex flex-wrap gap-2">
      <label htmlFor="verdict-search" className="sr-only">
        Search verdicts
      </label>
      <input
        id="verdict-search"
        name="q"
        type="search"
        defaultValue={text}
        placeholder="Search verdicts"
        className="min-w-0 flex-1 rounded-md border border-stone-300 px-3 py-2"
      />
      <button className="rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white hover:bg-blue-900">
        Search
      </button>
    </form>
  );
}
