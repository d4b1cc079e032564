import { randomUUID } from 'node:crypto';
import { claimColumns } from '../lib/server/claims/claim-columns';
import { uniqueSlug } from '../lib/slug';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { ClaimKind, ClaimStatus, Rating, Role } from '../generated/prisma/enums';
import type { ReviewedClaim } from '../lib/claimreview/reviewed-claim';
import type { Suggestion } from '../lib/claims/extract-claims';
import { hashPassword } from '../lib/server/password';

// Shared by the seed, the integration tests and the Playwright fixtures, so all three build data the same way.

const unique = () => randomUUID().slice(0, 8);

// Users made without a password share one per process, hashed once: argon2 is slow on purpose (about
// 60 ms a hash), and every test world makes five users.
const sharedPassword = `pw-${unique()}-${unique()}`;
let sharedHash: Promise<string> | undefined;

export async function createUser(
  db: PrismaClient,
  fields: { role: Role; email?: string; name?: string; password?: string; disabled?: boolean },
) {
  const password = fields.password ?? sharedPassword;
  const passwordHash = fields.password
    ? hashPassword(fields.password)
    : (sharedHash ??= hashPassword(sharedPassword));
  const email = fields.email ?? `${fields.role.toLowerCase()}-${unique()}@test.claimdesk`;
  const user = await db.user.upsert({
    where: { email },
    update: {},
    create: {
      email,
      name: fields.name ?? `Test ${fields.role.toLowerCase()} ${unique()}`,
      role: fields.role,
      disabled: fields.disabled ?? false,
      passwordHash: await passwordHash,
    },
  });
  return { ...user, password };
}

export function upsertSpeaker(db: PrismaClient, speaker: { name: string; title?: string; sameAs?: string }) {
  return db.speaker.upsert({ where: { name: speaker.name }, update: {}, create: speaker });
}

export function createArticle(
  db: PrismaClient,
  fields: { text: string; title?: string; slug?: string; outlet?: string; url?: string; publishedAt?: Date },
) {
  const slug = fields.slug ?? `article-${unique()}`;
  return db.article.upsert({
    where: { slug },
    update: {},
    create: {
      slug,
      text: fields.text,
      title: fields.title ?? `Test article ${slug}`,
      outlet: fields.outlet ?? 'Test Outlet',
      url: fields.url,
      publishedAt: fields.publishedAt ?? new Date('2025-08-16T00:00:00Z'),
    },
  });
}

export type ClaimSeed = {
  quote: string;
  /** Which occurrence of the quote in the article, when it appears more than once. */
  occurrence?: number;
  /** Exact character span of the quote, when known (e.g. from the extraction engine); skips the search. */
  start?: number;
  end?: number;
  claimReviewed: string;
  kind: ClaimKind;
  score: number;
  quantity?: { min: number; max: number; unit: string; period?: string };
};

/** Finds the exact character span of a quote in the article text; a missing quote is a seed bug. */
export function anchorQuote(text: string, quote: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`Quote not found in article: ${quote}`);
  return { start, end: start + quote.length };
}

/** The span a seed names: its explicit offsets, checked against the text, or the quote's position. */
export function claimSpan(text: string, seed: ClaimSeed): { start: number; end: number } {
  if (seed.start === undefined || seed.end === undefined)
    return anchorQuote(text, seed.quote, seed.occurrence);
  if (text.slice(seed.start, seed.end) !== seed.quote)
    throw new Error(`Quote is not at ${seed.start}–${seed.end} in the article: ${seed.quote}`);
  return { start: seed.start, end: seed.end };
}

/** A claim seed from an engine suggestion, keeping its exact offsets. */
export function claimSeedFromSuggestion(s: Suggestion): ClaimSeed {
  return {
    quote: s.quote,
    start: s.start,
    end: s.end,
    claimReviewed: s.claimReviewed,
    kind: s.kind,
    score: s.score,
    quantity: s.quantity ?? undefined,
  };
}

export async function createClaim(
  db: PrismaClient,
  article: { id: string; text: string },
  speakerId: string,
  seed: ClaimSeed,
  extra: { status?: ClaimStatus; slug?: string } = {},
) {
  const { start, end } = claimSpan(article.text, seed);
  return db.claim.upsert({
    where: { articleId_startOffset_endOffset: { articleId: article.id, startOffset: start, endOffset: end } },
    update: {},
    create: {
      articleId: article.id,
      speakerId,
      ...claimColumns({ ...seed, start, end }),
      status: extra.status ?? 'NEW',
      slug: extra.slug ?? uniqueSlug(seed.claimReviewed),
    },
  });
}

/**
 * A published claim, as the publish action leaves it: an approved verdict (signed off by `reviewerId`
 * when given) that the claim points at. For tests and benches that need a public verdict without
 * clicking through review; `claim` sets further claim columns (a speaker, say).
 */
export async function createPublishedVerdict(
  db: PrismaClient,
  fields: {
    claimId: string;
    authorId: string;
    reviewerId?: string;
    rating?: Rating;
    conclusion?: string;
    rationale?: string;
    comment?: string;
    claim?: Prisma.ClaimUncheckedUpdateInput;
  },
) {
  const verdict = await db.verdict.create({
    data: {
      claimId: fields.claimId,
      rating: fields.rating ?? 'MOSTLY_FALSE',
      conclusion: fields.conclusion ?? 'Lower than claimed.',
      rationale: fields.rationale ?? 'Counts differ.',
      authorId: fields.authorId,
      approvedAt: new Date(),
    },
  });
  if (fields.reviewerId)
    await db.vote.create({
      data: {
        verdictId: verdict.id,
        voterId: fields.reviewerId,
        decision: 'APPROVE',
        comment: fields.comment ?? '',
      },
    });
  await db.claim.update({
    where: { id: fields.claimId },
    data: {
      status: 'PUBLISHED',
      publishedAt: new Date(),
      publishedVerdictId: verdict.id,
      lastPublishedVerdictId: verdict.id,
      ...fields.claim,
    },
  });
  return verdict;
}

/** The ClaimReview input of a published claim, for pure tests of the builders that read it. */
export function publishedReview(over: Partial<ReviewedClaim> = {}): ReviewedClaim {
  return {
    slug: 'casualties-a1',
    claimReviewed: '5,000 to 7,000 people a week are being killed',
    rating: 'MOSTLY_FALSE',
    datePublished: new Date('2025-08-20T00:00:00Z'),
    dateModified: null,
    speaker: {
      name: 'Donald Trump',
      title: 'President of the United States',
      sameAs: 'https://www.wikidata.org/wiki/Q22686',
    },
    article: {
      title: 'Anchorage press conference',
      url: 'https://news.example/anchorage',
      outlet: 'News wire',
      publishedAt: new Date('2025-08-16T00:00:00Z'),
    },
    ...over,
  };
}

/**
 * `count` copies of `template`, all in one status and assigned to one editor, told apart by wording
 * and score: more claims than a queue page holds, without running the extractor. Their offsets lie
 * past the article's end, so they never clash with a real claim's span.
 */
export function createQueueClaims(
  db: PrismaClient,
  template: { articleId: string; speakerId: string; quote: string; kind: ClaimKind; slug: string },
  count: number,
  rows: {
    status: ClaimStatus;
    assigneeId: string;
    claimReviewed: (i: number) => string;
    score: (i: number) => number;
    updatedAt?: (i: number) => Date;
  },
) {
  return db.claim.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      articleId: template.articleId,
      speakerId: template.speakerId,
      quote: template.quote,
      startOffset: 100_000 + i,
      endOffset: 100_001 + i,
      claimReviewed: rows.claimReviewed(i),
      kind: template.kind,
      score: rows.score(i),
      status: rows.status,
      slug: `${template.slug}-queue-${i}`,
      assigneeId: rows.assigneeId,
      updatedAt: rows.updatedAt?.(i),
    })),
  });
}
