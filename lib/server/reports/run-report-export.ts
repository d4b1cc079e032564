import 'server-only';
import { isoDay } from '@/lib/dates';
import { REPORT_FORMATS } from '@/lib/report/formats';
import { renderReport } from '@/lib/report/render-report';
import { reportContext } from '@/lib/report/report-context';
import { reportQuerySchema, scopeOf } from '@/lib/report/report-query';
import { deskClaimPath, verdictPath } from '@/lib/routes';
import { absoluteUrl, ORGANISATION } from '@/lib/site';
import { AppError } from '../app-error';
import { db } from '../db';
import { jobActor } from '../jobs/job-actor';
import { streamReportClaims } from './stream-report-claims';

/**
 * The job: builds the report as its requester may see it, recording progress after each batch
 * of claims, and stores the file. Errors other than refusals are thrown, so pg-boss retries.
 */
export async function runReportExport(exportId: string) {
  const row = await db.reportExport.update({
    where: { id: exportId },
    data: { status: 'RUNNING', attempts: { increment: 1 }, done: 0, error: null },
    include: { requestedBy: true },
  });
  const { requestedBy } = row;
  const query = reportQuerySchema.parse(row.query);
  const includeNotes = query.notes === '1';
  try {
    const actor = jobActor(requestedBy, 'The account that asked for this export is disabled.');
    const scope = scopeOf(query);
    const { article, total, batches } = await streamReportClaims(actor, scope, { includeNotes });
    await db.reportExport.update({ where: { id: exportId }, data: { total } });
    const generatedAt = new Date();
    const ctx = reportContext({
      article,
      scope,
      generatedAt,
      total,
      includeNotes,
      organisation: { name: ORGANISATION.name, url: absoluteUrl(ORGANISATION.url) },
      publicUrl: (slug) => absoluteUrl(verdictPath(slug)),
      deskUrl: (id) => absoluteUrl(deskClaimPath(id)),
    });
    const chunks: Uint8Array[] = [];
    let done = 0;
    for await (const piece of renderReport(query.format, ctx, batches)) {
      chunks.push(piece.bytes);
      if (piece.claims === done) continue;
      done = piece.claims;
      await db.reportExport.update({ where: { id: exportId }, data: { done } });
    }
    const { contentType, extension } = REPORT_FORMATS[query.format];
    const fileName = `claimdesk-report${includeNotes ? '-internal' : ''}-${article?.slug ?? 'claims'}-${isoDay(generatedAt)}.${extension}`;
    await db.reportExport.update({
      where: { id: exportId },
      data: {
        status: 'DONE',
        done: total,
        content: Buffer.concat(chunks),
        fileName,
        contentType,
        finishedAt: new Date(),
      },
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await db.reportExport.update({
      where: { id: exportId },
      data: { status: 'FAILED', error: error.message, finishedAt: new Date() },
    });
  }
}
