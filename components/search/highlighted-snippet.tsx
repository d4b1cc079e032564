import { MARK_END, MARK_START } from '@/lib/search-marks';

/** A ts_headline snippet: the engine marks matched words with control characters, never HTML. */
export function HighlightedSnippet({ text }: { text: string }) {
  const parts = text.split(MARK_START);
  return (
    <span>
      {parts.map((part, i) => {
        if (i === 0) return <span key={i}>{part}</span>;
        const [marked, rest] = part.split(MARK_END);
        return (
          <span key={i}>
            <mark className="rounded bg-yellow-200 px-0.5 text-stone-900">{marked}</mark>
            {rest}
          </span>
        );
      })}
    </span>
  );
}
