import { describe, expect, it } from 'vitest';
import type { ReportData } from '@/lib/server/data/get-report-data';
import { buildMarkdownReport } from './build-markdown-report';

const claim = (over: Partial<ReportData['claims'][number]> = {}): ReportData['claims'][number] => ({
  slug: 'casualties-a1',
  quote: "We're going to stop, 5,000, 6,000, 7,000 people a week from being killed",
  claimReviewed: '5,000 to 7,000 people a week are being killed',
  kind: 'CASUALTY_FIGURE',
  status: 'PUBLISHED',
  speaker: { name: 'Donald Trump' },
  verdicts: [
    {
      rating: 'MOSTLY_FALSE',
      conclusion: 'Estimates are far lower.',
      rationale: 'Independent counts put it near **1,000** a week.',
      approvedAt: new Date('2025-08-20T00:00:00Z'),
      author: { name: 'Erin Editor' },
      votes: [{ voter: { name: 'Chris Chief' } }],
    },
  ],
  sources: [{ title: 'UN casualty update', url: 'https://un.example/update', publisher: 'OHCHR', stance: 'CONTRADICTS', archiveUrl: null }],
  corrections: [],
  notes: [],
  ...over,
});

const article = (claims: ReportData['claims']): ReportData => ({ title: 'Anchorage press conference', outlet: 'News wire', url: null, publishedAt: new Date('2025-08-16T00:00:00Z'), claims });

describe('Markdown report', () => {
  it('lists each claim with its quote, status, verdict, sign-off and sources', () => {
    const md = buildMarkdownReport(article([claim()]), new Date('2025-09-01T00:00:00Z'), (s) => `https://facts.example/claims/${s}`);
    expect(md).toMatch(/^# Fact-check report: Anchorage press conference/);
    expect(md).toContain('## 1. 5,000 to 7,000 people a week are being killed');
    expect(md).toContain('- **Verdict:** Mostly false — Estimates are far lower.');
    expect(md).toContain('approved by Chris Chief on 2025-08-20');
    expect(md).toContain('- [UN casualty update](https://un.example/update) — OHCHR (contradicts)');
    expect(md).toContain('<https://facts.example/claims/casualties-a1>');
    expect(md).not.toContain('Internal notes');
  });

  it('includes internal notes only when the data carries them', () => {
    const md = buildMarkdownReport(article([claim({ notes: [{ body: 'Ask the ministry', createdAt: new Date('2025-08-18T00:00:00Z'), author: { name: 'Erin Editor' } }] })]), new Date(), (s) => s);
    expect(md).toContain('### Internal notes (not for publication)');
    expect(md).toContain('Erin Editor, 2025-08-18: Ask the ministry');
  });

  it('says when a claim has no verdict yet and escapes Markdown in quotes', () => {
    const md = buildMarkdownReport(article([claim({ status: 'NEW', verdicts: [], sources: [], quote: '# not a heading *really*' })]), new Date(), (s) => s);
    expect(md).toContain('- **Verdict:** none yet');
    expect(md).toContain('> \\# not a heading \\*really\\*');
    expect(md).not.toContain('Public page');
  });
});
