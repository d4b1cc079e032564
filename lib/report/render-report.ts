import { csvReport } from './csv-report';
import type { ReportFormat } from './formats';
import { encodeFrame, type ReportPiece } from './progress-frames';
import { htmlReport } from './html-report';
import { jsonReport } from './json-report';
import { markdownReport } from './markdown-report';
import { createPdfReport } from './pdf-report';
import type { ReportClaim, ReportContext, TextReportBuilder } from './report-context';

const TEXT: Record<Exclude<ReportFormat, 'pdf'>, TextReportBuilder> = {
  md: markdownReport,
  html: htmlReport,
  csv: csvReport,
  json: jsonReport,
};

async function* renderText(
  builder: TextReportBuilder,
  ctx: ReportContext,
  batches: AsyncIterable<ReportClaim[]>,
): AsyncGenerator<ReportPiece> {
  const encoder = new TextEncoder();
  yield { bytes: encoder.encode(builder.header(ctx)), claims: 0 };
  let n = 0;
  for await (const batch of batches)
    yield { bytes: encoder.encode(batch.map((c) => builder.claim(c, ++n, ctx)).join('')), claims: n };
  yield { bytes: encoder.encode(builder.footer(ctx)), claims: n };
}

async function* renderPdf(
  ctx: ReportContext,
  batches: AsyncIterable<ReportClaim[]>,
): AsyncGenerator<ReportPiece> {
  const pdf = createPdfReport(ctx);
  // Read synchronously rather than wait for 'data' events: those start only after a tick that a
  // fast source of batches may never give, and the whole file would pile up in the stream.
  const written = () => {
    const chunks: Uint8Array[] = [];
    for (let chunk = pdf.document.read(); chunk !== null; chunk = pdf.document.read()) chunks.push(chunk);
    return Buffer.concat(chunks);
  };
  let n = 0;
  for await (const batch of batches) {
    for (const c of batch) pdf.claim(c, ++n);
    // pdfkit writes each page as it fills, so only the current page waits in memory.
    yield { bytes: written(), claims: n };
  }
  pdf.end();
  for await (const chunk of pdf.document) yield { bytes: chunk as Uint8Array, claims: n };
}

/** The report as a sequence of pieces, one per batch of claims, each with the claims written so far; no I/O of its own. */
export function renderReport(
  format: ReportFormat,
  ctx: ReportContext,
  batches: AsyncIterable<ReportClaim[]>,
): AsyncGenerator<ReportPiece> {
  return format === 'pdf' ? renderPdf(ctx, batches) : renderText(TEXT[format], ctx, batches);
}

/**
 * Pull-based: the next batch is read from the database only when the client has taken the last
 * one, and a cancelled download stops the reading.
 */
export function reportStream(
  pieces: AsyncGenerator<ReportPiece>,
  { framed = false } = {},
): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await pieces.next();
      if (done) controller.close();
      // Framed for the export page, which shows the count as it goes; the file itself otherwise.
      else controller.enqueue(framed ? encodeFrame(value) : value.bytes);
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
}
