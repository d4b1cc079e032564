type Props = {
  claimed: { min: number; max: number };
  unit: string;
  period: string | null;
  sources: { label: string; figure: number; stance: string }[];
};

const fmt = (n: number) => n.toLocaleString('en');
const WIDTH = 640;
const LABEL_W = 170;
const ROW_H = 30;

/**
 * The claimed figure (or range) against the figures the sources give, all in the claim's unit and
 * period. Plain SVG rendered on the server: no client JavaScript, with a text alternative.
 */
export function FigureChart({ claimed, unit, period, sources }: Props) {
  const rows = [{ label: 'Claimed', min: claimed.min, max: claimed.max, claimed: true }, ...sources.map((s) => ({ label: s.label, min: s.figure, max: s.figure, claimed: false }))];
  const top = Math.max(...rows.map((r) => r.max)) * 1.15 || 1;
  const x = (v: number) => LABEL_W + (v / top) * (WIDTH - LABEL_W - 90);
  const height = rows.length * ROW_H + 30;
  const per = period ? ` per ${period}` : '';
  const summary = rows.map((r) => `${r.label}: ${r.min === r.max ? fmt(r.min) : `${fmt(r.min)} to ${fmt(r.max)}`}`).join('; ');
  return (
    <figure className="rounded-lg bg-white p-4 ring-1 ring-stone-200" data-testid="figure-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="chart-title" aria-describedby="chart-desc" className="w-full max-w-2xl">
        <title id="chart-title">{`Claimed figure against the sources, ${unit}${per}`}</title>
        <desc id="chart-desc">{summary}</desc>
        <line x1={x(0)} x2={x(0)} y1={0} y2={height - 24} stroke="#a8a29e" />
        {rows.map((r, i) => {
          const y = i * ROW_H + 8;
          return (
            <g key={`${r.label}-${i}`}>
              <text x={LABEL_W - 8} y={y + 14} textAnchor="end" fontSize="13" fill="#1c1917">
                {r.label.length > 24 ? `${r.label.slice(0, 23)}…` : r.label}
              </text>
              {r.min === r.max ? (
                <rect x={x(0)} y={y + 3} width={Math.max(2, x(r.max) - x(0))} height={16} fill={r.claimed ? '#b45309' : '#1e40af'} />
              ) : (
                <>
                  <rect x={x(0)} y={y + 9} width={x(r.min) - x(0)} height={4} fill="#d6d3d1" />
                  <rect x={x(r.min)} y={y + 3} width={Math.max(2, x(r.max) - x(r.min))} height={16} fill="#b45309" />
                </>
              )}
              <text x={x(r.max) + 6} y={y + 15} fontSize="12" fill="#44403c">
                {r.min === r.max ? fmt(r.min) : `${fmt(r.min)}–${fmt(r.max)}`}
              </text>
            </g>
          );
        })}
        <text x={x(0)} y={height - 6} fontSize="11" fill="#57534e">
          0
        </text>
        <text x={WIDTH - 90} y={height - 6} fontSize="11" fill="#57534e" textAnchor="end">
          {`${unit}${per}`}
        </text>
      </svg>
      <figcaption className="mt-2 text-sm text-stone-600">
        The claim (amber) against the figures our sources give (blue), in {unit}
        {per}.
      </figcaption>
    </figure>
  );
}
