import { reportQuerySchema } from '@/lib/report/report-query';
import { idempotencyKey } from './fields';

/** The export page's background form: the report's query, and the key that makes a repeated post start one export. */
export const startReportExportSchema = reportQuerySchema.safeExtend({ idempotencyKey });
