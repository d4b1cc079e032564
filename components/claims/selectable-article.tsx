'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { findParagraphs } from '@/lib/claims/paragraphs';
import { selectedSpan } from './selection-offsets';

export type Mark = {
  id: string;
  start: number;
  end: number;
  label: string;
  href?: string;
  tone?: 'claim' | 'current' | 'selected';
};

const TONE = {
  claim: 'bg-yellow-200 ring-yellow-400',
  current: 'bg-amber-300 ring-amber-600',
  selected: 'bg-sky-200 ring-sky-600',
} as const;

/**
 * The article with its claims marked, where selecting words reports their exact character offsets
 * (mouse or Shift+arrow keys). Each run of text carries its start offset so the DOM selection maps
 * back to the article text.
 */
export function SelectableArticle({
  text,
  marks,
  onSelect,
  only,
}: {
  text: string;
  marks: Mark[];
  onSelect?: (span: { start: number; end: number }) => void;
  only?: { start: number; end: number };
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!onSelect) return;
    const report = () => {
      const span = ref.current && selectedSpan(ref.current, text);
      if (span) onSelect(span);
    };
    document.addEventListener('selectionchange', report);
    return () => document.removeEventListener('selectionchange', report);
  }, [onSelect, text]);

  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const paragraphs = findParagraphs(text).filter((p) => !only || (p.end > only.start && p.start < only.end));
  return (
    <div
      ref={ref}
      className="space-y-4 font-serif text-[1.05rem] leading-relaxed"
      data-testid="selectable-article"
    >
      {paragraphs.map((p) => {
        const parts: React.ReactNode[] = [];
        let cursor = p.start;
        const run = (from: number, to: number) =>
          to > from ? (
            <span key={`t${from}`} data-start={from}>
              {text.slice(from, to)}
            </span>
          ) : null;
        for (const m of sorted) {
          if (m.end <= p.start || m.start >= p.end || m.start < cursor) continue;
          parts.push(run(cursor, m.start));
          const end = Math.min(m.end, p.end);
          const body = <span data-start={m.start}>{text.slice(m.start, end)}</span>;
          parts.push(
            <mark
              key={`${m.id}-${m.start}`}
              data-claim-id={m.id}
              title={m.label}
              className={`rounded-sm px-0.5 text-stone-950 ring-1 ${TONE[m.tone ?? 'claim']}`}
            >
              {m.href ? (
                <Link
                  href={m.href}
                  className="underline decoration-yellow-700 decoration-2 underline-offset-2"
                >
                  {body}
                </Link>
              ) : (
                body
              )}
            </mark>,
          );
          cursor = end;
        }
        parts.push(run(cursor, p.end));
        return <p key={p.start}>{parts}</p>;
      })}
    </div>
  );
}
