import { z } from 'zod';
import { ClaimKind, ClaimStatus, Rating } from '@/generated/prisma/enums';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u)
  .optional()
  .catch(undefined);

/**
 * Search page URL parameters. Anything malformed in a shared or hand-edited URL is dropped rather
 * than failing the page: a search link should always open.
 */
export const searchQuerySchema = z.object({
  q: z.string().max(500).optional().catch(undefined),
  status: z.enum(ClaimStatus).optional().catch(undefined),
  kind: z.enum(ClaimKind).optional().catch(undefined),
  rating: z.enum(Rating).optional().catch(undefined),
  speaker: z.string().max(40).optional().catch(undefined),
  article: z.string().max(40).optional().catch(undefined),
  assignee: z.string().max(40).optional().catch(undefined),
  from: day,
  to: day,
  sort: z.enum(['relevance', 'date']).catch('relevance'),
  after: z.string().max(200).optional().catch(undefined),
});

export type SearchQuery = z.infer<typeof searchQuerySchema>;

const startOfDay = (d: string) => new Date(`${d}T00:00:00Z`);

/** The query's filters as the search engine takes them: "to" includes its whole day. */
export function searchFilters(q: SearchQuery) {
  return {
    status: q.status,
    kind: q.kind,
    rating: q.rating,
    speakerId: q.speaker,
    articleId: q.article,
    assigneeId: q.assignee,
    from: q.from ? startOfDay(q.from) : undefined,
    to: q.to ? new Date(startOfDay(q.to).getTime() + 86_400_000) : undefined,
  };
}

/** The URL for the same search with some parameters changed (undefined removes one). */
export function searchHref(
  base: string,
  q: SearchQuery,
  change: Partial<Record<keyof SearchQuery, string | undefined>>,
) {
  const merged: Record<string, string | undefined> = { ...q, ...change };
  const params = new URLSearchParams(
    Object.entries(merged).filter(
      (e): e is [string, string] => Boolean(e[1]) && !(e[0] === 'sort' && e[1] === 'relevance'),
    ),
  );
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}
