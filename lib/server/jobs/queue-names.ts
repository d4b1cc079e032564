export const REPORT_EXPORT_QUEUE = 'report-export';
export const PRUNE_IDEMPOTENCY_KEYS_QUEUE = 'prune-idempotency-keys';
export const BULK_IMPORT_QUEUE = 'bulk-import';
