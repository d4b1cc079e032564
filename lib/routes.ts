import type { ClaimStatus } from '@/generated/prisma/enums';

/**
 * Every page's path, built in one place: links, redirects, canonical URLs, the sitemap and cache
 * revalidation all call these, so the page that is revalidated is the page that is linked.
 */

// Public site
export const homePath = () => '/';
export const verdictPath = (slug: string) => `/claims/${slug}`;
export const articlePath = (slug: string) => `/articles/${slug}`;
/** The verdict list; `query` is its filter and page string, without the "?". */
export const verdictsPath = (query = '') => (query ? `/verdicts?${query}` : '/verdicts');
export const correctionsPath = () => '/corrections';
export const methodologyPath = () => '/methodology';
export const suggestPath = (claimSlug?: string) => (claimSlug ? `/suggest?claim=${claimSlug}` : '/suggest');
export const atomFeedPath = () => '/feeds/verdicts.atom';
export const claimReviewFeedPath = () => '/feeds/claimreview.json';

// Signing in and out
export const loginPath = () => '/login';
export const logoutPath = () => '/logout';

// Desk
export const deskPath = () => '/desk';
export const deskArticlePath = (id: string) => `/desk/articles/${id}`;
export const deskExtractPath = (articleId: string) => `/desk/articles/${articleId}/extract`;
export const deskClaimPath = (id: string) => `/desk/claims/${id}`;
export const deskClaimHistoryPath = (id: string) => `/desk/claims/${id}/history`;
export const deskClaimPreviewPath = (id: string) => `/desk/claims/${id}/preview`;
/** Without a status, "my claims" opens on the first status that has any. */
export const deskQueuePath = (status?: ClaimStatus, mine = false, after?: string) => {
  const query = [status && `status=${status}`, mine && 'mine=1', after && `after=${after}`]
    .filter(Boolean)
    .join('&');
  return query ? `/desk/queue?${query}` : '/desk/queue';
};
export const deskSubmissionsPath = (status?: string, page = 1) => {
  const query = [status && `status=${status}`, page > 1 && `page=${page}`].filter(Boolean).join('&');
  return query ? `/desk/submissions?${query}` : '/desk/submissions';
};
export const deskNotificationsPath = () => '/desk/notifications';
export const deskImportPath = () => '/desk/import';
export const deskBulkImportPath = () => '/desk/import/bulk';
export const bulkImportPath = (id: string) => `/desk/import/bulk/${id}`;
export const deskExportPath = (articleId?: string) =>
  articleId ? `/desk/export?article=${articleId}` : '/desk/export';
/** The admin page; `text` filters its user list by name or email. */
export const deskAdminPath = (text = '', page = 1) => {
  const query = new URLSearchParams([
    ...(text ? [['q', text]] : []),
    ...(page > 1 ? [['page', String(page)]] : []),
  ]).toString();
  return query ? `/desk/admin?${query}` : '/desk/admin';
};
export const reportsApiPath = () => '/api/reports';
