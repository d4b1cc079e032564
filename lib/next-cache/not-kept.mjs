// 404s and redirects are not stored by either cache handler. Otherwise every unknown /claims/*,
// /articles/* or /feeds/* name, and every /verdicts filter naming something never published (answered
// with a redirect to the filter without it), would write a cache entry, and the disk or Redis would
// grow with whatever visitors type.
const STORED_KINDS = new Set(['APP_PAGE', 'PAGES', 'APP_ROUTE']);

export const notKept = (data) =>
  STORED_KINDS.has(data?.kind) && (data.status === 404 || (data.status >= 300 && data.status < 400));
