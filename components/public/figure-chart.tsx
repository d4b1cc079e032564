import { useId } from 'react';
import { figureRange, formatFigure } from '@/lib/figures';

type Props = {
  claimed: { min: number; max: number };
  unit: string;
  period: string | null;
  sources: { label: string; figure: number; stance: string }[];
};

// Bars use at most this share of the row, so the value printed after the longest one always fits.
const BAR_SHARE = 72;

/**
 * The claimed figure (or range) against the figures the sources give, all in the claim's unit and
 * period. Bars are HTML rather than a scaled SVG so the text keeps its size on a phone and long
 * source names wrap instead of being cut. Rendered on the server: no client JavaScript, with a
 * text alternative for screen readers.
 */
export function FigureChart({ claimed, unit, period, sources }: Props) {
  const id = useId();
  const rows = [
    { label: 'Claimed', min: claimed.min, max: claimed.max, claimed: true },
    ...sources.map((s) => ({ label: s.label, min: s.figure, max: s.figure, claimed: false })),
  ];
  const top = Math.max(...rows.map((r) => r.max)) || 1;
  const share = (v: number) => `${(Math.max(0, v) / top) * BAR_SHARE}%`;
  const per = period ? ` per ${period}` : '';
  const summary = rows
    .map(
      (r) =>
        `${r.label}: ${r.min === r.max ? formatFigure(r.min) : `${formatFigure(r.min)} to ${formatFigure(r.max)}`}`,
    )
    .join('; ');
  return (
    <figure className="rounded-lg bg-white p-4 ring-1 ring-stone-200" data-testid="figure-chart">
      <div
        role="img"
        aria-label={`Claimed figure against the sources, ${unit}${per}`}
        aria-describedby={`${id}-desc`}
        className="space-y-3"
      >
        {rows.map((r, i) => (
          <div
            key={`${r.label}-${i}`}
            className="grid gap-x-3 gap-y-1 sm:grid-cols-[minmax(0,11rem)_1fr] sm:items-center"
          >
            <span className="text-sm break-words text-stone-900 sm:text-right">{r.label}</span>
            <span className="flex items-center gap-2">
              {/* The lead-in and the range touch, so the range starts exactly at its lower figure. */}
              <span className="flex shrink-0 items-center" style={{ width: share(r.max), minWidth: 2 }}>
                {r.min !== r.max && (
                  <span
                    className="h-1 bg-stone-300"
                    style={{ width: `${(Math.max(0, r.min) / r.max) * 100}%` }}
                  />
                )}
                <span className={`h-4 grow ${r.claimed ? 'bg-amber-700' : 'bg-blue-800'}`} />
              </span>
              <span className="text-xs whitespace-nowrap text-stone-700 tabular-nums">
                {figureRange(r.min, r.max)}
              </span>
            </span>
          </div>
        ))}
      </div>
      <p id={`${id}-desc`} className="sr-only">
        {summary}
      </p>
      <figcaption className="mt-3 text-sm text-stone-600">
        The claim (amber) against the figures our sources give (blue), in {unit}
        {per}. Bars start at zero.
      </figcaption>
    </figure>
  );
}
