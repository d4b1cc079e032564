import { z } from 'zod';
import { CLAIM_COUNT_HEADER, REPORT_FORMATS } from '@/lib/report/formats';
import { renderReport, reportStream } from '@/lib/report/render-report';
import { PROGRESS_MEDIA_TYPE } from '@/lib/report/progress-frames';
import { isoDay } from '@/lib/dates';
import { reportContext } from '@/lib/report/report-context';
import { reportQuerySchema, scopeOf } from '@/lib/report/report-query';
import { AppError } from '@/lib/server/app-error';
import { streamReportClaims } from '@/lib/server/reports/stream-report-claims';
import { apiUser } from '@/lib/server/api-user';
import { absoluteUrl, ORGANISATION } from '@/lib/site';
import { deskClaimPath, verdictPath } from '@/lib/routes';

const STATUS: Record<AppError['code'], number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 400,
};

/** GET /api/reports?format=md|html|pdf|csv|json&notes=0|1&article=… or &status=…&rating=…&speaker=…&from=…&to=… */
export async function GET(request: Request) {
  const user = await apiUser('Sign in to download reports.');
  if (user instanceof Response) return user;
  const query = reportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ error: z.prettifyError(query.error) }, { status: 400 });
  const { format, notes } = query.data;
  const includeNotes = notes === '1';
  const scope = scopeOf(query.data);
  try {
    const { article, total, batches } = await streamReportClaims(user, scope, { includeNotes });
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
    const { contentType, extension } = REPORT_FORMATS[format];
    const name = `claimdesk-report${includeNotes ? '-internal' : ''}-${article?.slug ?? 'claims'}-${isoDay(generatedAt)}.${extension}`;
    // The export page asks for progress frames; a plain link gets the file.
    const framed = request.headers.get('accept') === PROGRESS_MEDIA_TYPE;
    return new Response(reportStream(renderReport(format, ctx, batches), { framed }), {
      headers: {
        'content-type': framed ? PROGRESS_MEDIA_TYPE : contentType,
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
        [CLAIM_COUNT_HEADER]: String(total),
      },
    });
  } catch (error) {
    if (error instanceof AppError)
      return Response.json({ error: error.message }, { status: STATUS[error.code] });
    throw error;
  }
}
