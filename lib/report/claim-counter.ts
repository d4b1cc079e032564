import type { ReportFormat } from './formats';

// Each builder writes its marker exactly once per claim, and escaping keeps it out of claim text.
const MARKERS: Record<Exclude<ReportFormat, 'csv'>, string> = {
  md: '\n## ',
  html: '<section class="claim"',
  json: '{"position":',
  // The PDF's text is compressed, but link actions are not: each claim has one "Back to top" link.
  pdf: '/S /GoTo',
};

/**
 * Counts the claims in a report as its bytes arrive, so the export page can show progress against
 * the X-Claim-Count total. Feed it every chunk in order; it returns the running count.
 */
export function claimCounter(format: ReportFormat): (chunk: Uint8Array) => number {
  const decoder = new TextDecoder(format === 'pdf' ? 'latin1' : 'utf-8');
  if (format === 'csv') {
    // Records end at a newline outside quotes; a doubled quote inside a field toggles twice, so it cancels out.
    let quoted = false;
    let lines = 0;
    return (chunk) => {
      for (const ch of decoder.decode(chunk, { stream: true })) {
        if (ch === '"') quoted = !quoted;
        else if (ch === '\n' && !quoted) lines++;
      }
      return Math.max(0, lines - 1);
    };
  }
  const marker = MARKERS[format];
  let count = 0;
  let tail = '';
  return (chunk) => {
    const text = tail + decoder.decode(chunk, { stream: true });
    for (let i = text.indexOf(marker); i !== -1; i = text.indexOf(marker, i + marker.length)) count++;
    // A marker split across two chunks is found once the next chunk arrives.
    tail = text.slice(-(marker.length - 1));
    return count;
  };
}
