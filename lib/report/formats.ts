// Shared by the route, the builders and the export page, so it imports nothing heavy.

export const REPORT_FORMATS = {
  md: { label: 'Markdown', extension: 'md', contentType: 'text/markdown; charset=utf-8' },
  html: { label: 'HTML (print-friendly)', extension: 'html', contentType: 'text/html; charset=utf-8' },
  pdf: { label: 'PDF', extension: 'pdf', contentType: 'application/pdf' },
  csv: { label: 'CSV (one row per claim)', extension: 'csv', contentType: 'text/csv; charset=utf-8' },
  json: {
    label: 'JSON (with ClaimReview)',
    extension: 'json',
    contentType: 'application/json; charset=utf-8',
  },
} as const;

export type ReportFormat = keyof typeof REPORT_FORMATS;

export const REPORT_FORMAT_KEYS = Object.keys(REPORT_FORMATS) as ReportFormat[];

/** The response header that tells the export page how many claims to expect. */
export const CLAIM_COUNT_HEADER = 'X-Claim-Count';
