import Link from 'next/link';
import { findParagraphs } from '@/lib/claims/paragraphs';
import { overlaps, type Span } from '@/lib/spans';

export type Highlight = { id: string; start: number; end: number; label: string; href?: string };

/**
 * Renders the article with each claim marked at its exact character offsets.
 * Overlapping highlights are not expected (claims are distinct spans); a later one that overlaps is skipped.
 */
export function ArticleText({
  text,
  highlights,
  range,
}: {
  text: string;
  highlights: Highlight[];
  range?: Span;
}) {
  const sorted = [...highlights].sort((a, b) => a.start - b.start);
  const shown = findParagraphs(text).filter((p) => !range || overlaps(p, range));
  return (
    <div className="space-y-4 font-serif text-[1.05rem] leading-relaxed">
      {shown.map((p) => {
        const parts: React.ReactNode[] = [];
        let cursor = p.start;
        for (const h of sorted) {
          if (!overlaps(h, p) || h.start < cursor) continue;
          parts.push(text.slice(cursor, h.start));
          const body = text.slice(h.start, Math.min(h.end, p.end));
          parts.push(
            <mark
              key={h.id}
              data-claim-id={h.id}
              title={h.label}
              className="rounded-sm bg-yellow-200 px-0.5 text-stone-950 ring-1 ring-yellow-400"
            >
              {h.href ? (
                <Link
                  href={h.href}
                  className="underline decoration-yellow-700 decoration-2 underline-offset-2"
                >
                  {body}
                </Link>
              ) : (
                body
              )}
            </mark>,
          );
          cursor = Math.min(h.end, p.end);
        }
        parts.push(text.slice(cursor, p.end));
        return <p key={p.start}>{parts}</p>;
      })}
    </div>
  );
}
