/** A figure as readers read it: 42,000,000, not 42000000. */
export const formatFigure = (n: number) => n.toLocaleString('en');

/** "5,000–7,000", or "5,000" when both ends are the same figure. */
export const figureRange = (min: number, max: number) =>
  min === max ? formatFigure(min) : `${formatFigure(min)}–${formatFigure(max)}`;

/** "5,000–7,000 people killed per week": a claim's figure with its unit and period. */
export const describeFigure = (min: number, max: number, unit: string | null, period: string | null) =>
  `${figureRange(min, max)} ${unit ?? ''}${period ? ` per ${period}` : ''}`.trim();
