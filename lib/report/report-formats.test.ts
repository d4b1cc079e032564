import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { checkClaimReview } from '@/lib/claimreview/check-claim-review';
import { publishedReview } from '@/prisma/factories';
import { REPORT_FORMAT_KEYS, type ReportFormat } from './formats';
import { markdownReport } from './markdown-report';
import { frameDecoder } from './progress-frames';
import { renderReport, reportStream } from './render-report';
import { reportContext, type ReportArticle, type ReportClaim, type ReportContext } from './report-context';

const article: ReportArticle = {
  id: 'art1',
  slug: 'anchorage-press-conference',
  title: 'Anchorage press conference',
  outlet: 'News wire',
  url: 'https://news.example/anchorage',
  publishedAt: new Date('2025-08-16T00:00:00Z'),
};

const claim = (over: Partial<ReportClaim> = {}): ReportClaim => ({
  id: 'c1',
  slug: 'casualties-a1',
  quote: "We're going to stop, 5,000, 6,000, 7,000 people a week from being killed",
  claimReviewed: '5,000 to 7,000 people a week are being killed',
  kind: 'CASUALTY_FIGURE',
  status: 'PUBLISHED',
  publishedAt: new Date('2025-08-21T00:00:00Z'),
  updatedAt: new Date('2025-08-22T00:00:00Z'),
  speaker: {
    name: 'Donald Trump',
    title: 'President of the United States',
    sameAs: 'https://www.wikidata.org/wiki/Q22686',
  },
  article,
  verdict: {
    rating: 'MOSTLY_FALSE',
    conclusion: 'Estimates are far lower.',
    rationale: 'Independent counts put it near **1,000** a week.',
    approvedAt: new Date('2025-08-20T00:00:00Z'),
    author: { name: 'Erin Editor' },
    votes: [{ voter: { name: 'Chris Chief' } }],
  },
  review: publishedReview({ datePublished: new Date('2025-08-21T00:00:00Z') }),
  sources: [
    {
      title: 'UN casualty update',
      url: 'https://un.example/update',
      publisher: 'OHCHR',
      stance: 'CONTRADICTS',
      archiveUrl: null,
    },
  ],
  corrections: [],
  notes: [],
  ...over,
});

const unchecked = claim({
  id: 'c2',
  slug: 'hoax-b2',
  status: 'NEW',
  quote: 'It was a <script>alert("quote")</script> "Russia hoax", = it\'s all fake',
  claimReviewed: 'The investigation was a hoax',
  kind: 'HOAX_ASSERTION',
  publishedAt: null,
  verdict: null,
  review: null,
  sources: [],
});

const noted = claim({
  id: 'c3',
  slug: 'agreement-c3',
  status: 'IN_REVIEW',
  claimReviewed: 'Both sides agreed on most points',
  kind: 'AGREEMENT',
  publishedAt: null,
  review: null,
  verdict: {
    rating: 'UNSUPPORTED',
    conclusion: 'Neither side has said what was agreed.',
    rationale: '## Background\n\n<script>alert("rationale")</script>No readout was published.',
    approvedAt: null,
    author: { name: 'Erin Editor' },
    votes: [],
  },
  corrections: [
    { body: 'An earlier version misnamed the outlet.', createdAt: new Date('2025-08-23T00:00:00Z') },
  ],
  notes: [
    {
      body: 'SECRET: ask the ministry',
      createdAt: new Date('2025-08-18T00:00:00Z'),
      author: { name: 'Erin Editor' },
    },
  ],
});

const CLAIMS = [claim(), unchecked, noted];

function context(over: Partial<Parameters<typeof reportContext>[0]> = {}): ReportContext {
  return reportContext({
    article,
    scope: { articleId: article.id },
    generatedAt: new Date('2025-09-01T00:00:00Z'),
    total: CLAIMS.length,
    includeNotes: false,
    organisation: { name: 'Claimdesk Fact Check', url: 'https://facts.example/' },
    publicUrl: (slug) => `https://facts.example/claims/${slug}`,
    deskUrl: (id) => `https://facts.example/desk/claims/${id}`,
    ...over,
  });
}

// Notes are only in the data when the internal variant asked for them; the public data has none.
const publicClaims: ReportClaim[] = CLAIMS.map((c) => ({ ...c, notes: [] }));

async function* inBatches(claims: ReportClaim[], size = 2) {
  for (let i = 0; i < claims.length; i += size) yield claims.slice(i, i + size);
}

async function render(format: ReportFormat, ctx = context(), claims = publicClaims) {
  const chunks: Uint8Array[] = [];
  for await (const piece of renderReport(format, ctx, inBatches(claims))) chunks.push(piece.bytes);
  return Buffer.concat(chunks);
}

const text = async (format: ReportFormat, ctx?: ReportContext, claims?: ReportClaim[]) =>
  (await render(format, ctx, claims)).toString('utf8');

// pdf.js reads the metrics of the 14 standard fonts (which pdfkit uses) from files that ship with it.
const standardFontDataUrl = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl,
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    pages.push(
      content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
    );
  }
  await pdf.destroy();
  return pages.join('\n');
}

describe('Markdown report', () => {
  it('has a title, then one "##" section per claim with quote, status, verdict, sign-off and sources', async () => {
    const md = await text('md');
    expect(md).toMatch(/^# Fact-check report: Anchorage press conference\n/);
    expect(md.match(/^## /gm)).toEqual(['## ', '## ', '## ']);
    expect(md).toContain('## 1. 5,000 to 7,000 people a week are being killed');
    expect(md).toContain('- **Verdict:** Mostly false — Estimates are far lower.');
    expect(md).toContain('approved by Chris Chief on 2025-08-20');
    expect(md).toContain('- [UN casualty update](https://un.example/update) — OHCHR (contradicts)');
    expect(md).toContain('<https://facts.example/claims/casualties-a1>');
    expect(md).toContain('Generated 2025-09-01T00:00:00.000Z · 3 claims');
  });

  it('shows a claim without a verdict, escapes Markdown in quotes and keeps rationale headings inside the claim', async () => {
    const md = await text('md');
    expect(md).toContain('## 2. The investigation was a hoax');
    expect(md).toContain('- **Verdict:** none yet');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('##### Background');
    expect(md).toContain('- 2025-08-23: An earlier version misnamed the outlet.');
  });

  it('shows raw HTML and javascript: links in a rationale as text, keeping safe Markdown', () => {
    const hostile = claim({
      verdict: {
        ...claim().verdict!,
        rationale:
          'See <iframe src="https://evil.example"></iframe> and [the count](javascript:alert(1)), [UN](https://un.example), `<b>code</b>`.\n\n<img src=x onerror=alert(2)>',
      },
    });
    const md = markdownReport.claim(hostile, 1, context());
    expect(md).not.toMatch(/(^|[^\\])<(iframe|img)\b/m);
    expect(md).not.toContain('javascript:');
    expect(md).toContain('\\<iframe src="https://evil.example"\\>\\</iframe\\>');
    expect(md).toContain('and the count, [UN](https://un.example), `<b>code</b>`.');
    expect(md).toContain('\\<img src=x onerror=alert(2)\\>');
  });

  it('has internal notes only in the internal variant', async () => {
    expect(await text('md')).not.toContain('Internal notes');
    const internal = await text('md', context({ includeNotes: true }), CLAIMS);
    expect(internal).toContain('**Internal: contains notes not for publication.**');
    expect(internal).toContain('### Internal notes (not for publication)');
    expect(internal).toContain('Erin Editor, 2025-08-18: SECRET: ask the ministry');
  });

  it('names each claim’s article when the report spans articles', () => {
    const ctx = context({ article: null, scope: { status: 'PUBLISHED', speaker: 'Donald Trump' } });
    expect(markdownReport.header(ctx)).toContain(
      '# Fact-check report: Claims with status Published, speaker Donald Trump',
    );
    expect(markdownReport.claim(claim(), 1, ctx)).toContain(
      '- **Article:** Anchorage press conference (News wire, 2025-08-16)',
    );
  });
});

describe('HTML report', () => {
  it('is a self-contained document with print CSS and one section per claim', async () => {
    const html = await text('html');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<h1>Fact-check report: Anchorage press conference</h1>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<(link|script|img)\b/);
    expect(html.match(/<section class="claim"/g)).toHaveLength(3);
    expect(html.match(/<h2 /g)).toHaveLength(3);
    expect(html).toContain('<span class="verdict tone-false">Mostly false</span> — Estimates are far lower.');
    expect(html).toContain('<strong>1,000</strong>');
    expect(html).toContain('<a href="https://un.example/update">UN casualty update</a>');
    expect(html).toMatch(/<\/html>\n$/);
  });

  it('escapes quotes and strips scripts from the rationale', async () => {
    const html = await text('html');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;quote&quot;)&lt;/script&gt;');
    expect(html).not.toContain('alert("rationale")');
  });

  it('has internal notes only in the internal variant', async () => {
    expect(await text('html')).not.toContain('SECRET');
    const internal = await text('html', context({ includeNotes: true }), CLAIMS);
    expect(internal).toContain('Internal notes (not for publication)');
    expect(internal).toContain('SECRET: ask the ministry');
  });
});

describe('CSV report', () => {
  const rows = (csv: string) => parse(csv, { columns: true, bom: true }) as Record<string, string>[];

  it('has one row per claim with verdict, sign-off and sources', async () => {
    const records = rows(await text('csv'));
    expect(records).toHaveLength(3);
    expect(records.map((r) => r.position)).toEqual(['1', '2', '3']);
    expect(records[0]).toMatchObject({
      claim_reviewed: '5,000 to 7,000 people a week are being killed',
      speaker: 'Donald Trump',
      status: 'Published',
      verdict: 'Mostly false',
      approved_by: 'Chris Chief',
      public_url: 'https://facts.example/claims/casualties-a1',
      sources: 'UN casualty update — OHCHR (contradicts) https://un.example/update',
    });
    expect(records[1]).toMatchObject({ verdict: '', status: 'New', public_url: '' });
    expect(records[2].corrections).toBe('2025-08-23: An earlier version misnamed the outlet.');
    expect(Object.keys(records[0])).not.toContain('internal_notes');
  });

  it('defuses cells that a spreadsheet would run as formulas', async () => {
    const formula = claim({ quote: '=HYPERLINK("https://evil.example")' });
    expect(rows(await text('csv', context(), [formula]))[0].quote).toBe(
      '\'=HYPERLINK("https://evil.example")',
    );
  });

  it('adds a notes column only in the internal variant', async () => {
    const records = rows(await text('csv', context({ includeNotes: true }), CLAIMS));
    expect(records[2].internal_notes).toBe('Erin Editor, 2025-08-18: SECRET: ask the ministry');
    expect(await text('csv')).not.toContain('SECRET');
  });
});

describe('JSON report', () => {
  it('parses, and carries a valid ClaimReview for published claims only', async () => {
    const json = JSON.parse(await text('json'));
    expect(json.report).toMatchObject({
      title: 'Anchorage press conference',
      claimCount: 3,
      internal: false,
    });
    expect(json.claims).toHaveLength(3);
    const [published, fresh, inReview] = json.claims;
    expect(
      checkClaimReview(published.claimReview, {
        pageUrl: 'https://facts.example/claims/casualties-a1',
        shownLabel: 'Mostly false',
      }),
    ).toEqual([]);
    expect(published).toMatchObject({
      position: 1,
      status: 'PUBLISHED',
      kind: 'CASUALTY_FIGURE',
      quote: "We're going to stop, 5,000, 6,000, 7,000 people a week from being killed",
      speaker: { name: 'Donald Trump' },
      verdict: { rating: 'MOSTLY_FALSE', label: 'Mostly false', writtenBy: 'Erin Editor' },
      signOff: { approvedBy: ['Chris Chief'] },
      sources: [{ title: 'UN casualty update', stance: 'CONTRADICTS' }],
    });
    expect(fresh).toMatchObject({ claimReview: null, verdict: null, signOff: null });
    expect(inReview.claimReview).toBeNull();
    expect(inReview.corrections).toEqual([
      { body: 'An earlier version misnamed the outlet.', date: '2025-08-23T00:00:00.000Z' },
    ]);
    expect(Object.keys(inReview)).not.toContain('notes');
  });

  it('has notes only in the internal variant', async () => {
    const json = JSON.parse(await text('json', context({ includeNotes: true }), CLAIMS));
    expect(json.report.internal).toBe(true);
    expect(json.claims[2].notes).toEqual([
      { author: 'Erin Editor', date: '2025-08-18T00:00:00.000Z', body: 'SECRET: ask the ministry' },
    ]);
    expect(json.claims[0].notes).toEqual([]);
  });
});

describe('PDF report', () => {
  it('is a PDF whose text has each claim and its verdict', async () => {
    const bytes = await render('pdf');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await pdfText(bytes);
    expect(pdf).toContain('Fact-check report: Anchorage press conference');
    expect(pdf).toContain('5,000 to 7,000 people a week are being killed');
    expect(pdf).toContain('Mostly false — Estimates are far lower.');
    expect(pdf).toContain('The investigation was a hoax');
    expect(pdf).toContain('none yet');
    expect(pdf).toContain('Approved by: Chris Chief on 2025-08-20');
    expect(pdf).not.toContain('SECRET');
  });

  it('has internal notes only in the internal variant, and survives text outside its fonts', async () => {
    const foreign = claim({
      speaker: { name: 'Володимир Зеленський', title: null, sameAs: null },
      claimReviewed: 'Zürich and Łódź agreed',
    });
    const pdf = await pdfText(await render('pdf', context({ includeNotes: true }), [...CLAIMS, foreign]));
    expect(pdf).toContain('SECRET: ask the ministry');
    expect(pdf).toContain('Internal notes');
    expect(pdf).toContain('Zürich and Lódz agreed');
    expect(pdf).toContain('— ????????? ??????????');
  });

  it('prints Markdown in rationales and notes as formatting, and links into the desk only in the internal variant', async () => {
    const withNotes = claim({
      notes: [
        {
          body: '## Call list\n\n- ask **the ministry**\n- check *archive*',
          createdAt: new Date('2025-08-18T00:00:00Z'),
          author: { name: 'Erin Editor' },
        },
      ],
    });
    const internal = await render('pdf', context({ includeNotes: true }), [withNotes]);
    const text = await pdfText(internal);
    expect(text).toContain('Call list');
    expect(text).toContain('ask the ministry');
    expect(text).not.toMatch(/##|\*\*|\*archive\*/);
    expect(internal.toString('latin1')).toContain('/desk/claims/');
    const shared = await render('pdf', context(), CLAIMS);
    expect(shared.toString('latin1')).not.toContain('/desk/');
    expect(await pdfText(shared)).not.toContain('Open in Claimdesk');
  });
});

describe('claim counter', () => {
  it.each(REPORT_FORMAT_KEYS)(
    'tells the export page how many claims a %s report has written, and unwraps to the same file however the frames are split',
    async (format) => {
      const ctx = context({ includeNotes: true });
      const file = await render(format, ctx, CLAIMS);
      const framed = Buffer.from(
        await new Response(
          reportStream(renderReport(format, ctx, inBatches(CLAIMS)), { framed: true }),
        ).arrayBuffer(),
      );
      for (const size of [1, 7, 4096]) {
        const decode = frameDecoder();
        const counts: number[] = [];
        const parts: Uint8Array[] = [];
        for (let i = 0; i < framed.length; i += size) {
          for (const piece of decode(framed.subarray(i, i + size))) {
            counts.push(piece.claims);
            parts.push(piece.bytes);
          }
        }
        expect(counts.at(-1)).toBe(CLAIMS.length);
        expect(counts).toEqual([...counts].sort((a, b) => a - b));
        if (format !== 'pdf') expect(Buffer.concat(parts).equals(file)).toBe(true);
      }
    },
  );
});
