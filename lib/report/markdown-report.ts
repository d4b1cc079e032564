import { KIND_LABEL, STANCE_LABEL, STATUS_LABEL } from '@/lib/labels';
import { RATINGS } from '@/lib/ratings';
import {
  approvers,
  isPublic,
  type ReportClaim,
  type ReportContext,
  type TextReportBuilder,
} from './report-context';
import { isoDay } from '@/lib/dates';
import { neutraliseMarkdownHtml } from './neutralise-markdown-html';

// Quotes come from articles and can contain Markdown syntax that would otherwise restructure the report.
const escape = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
// One line per value: a line break inside a quote or heading would end the blockquote or heading early.
const inline = (text: string) => escape(text.replace(/\s*\n\s*/g, ' '));
const href = (url: string) => url.replace(/[()\s]/g, encodeURIComponent);
// The rationale is the editor's own Markdown; its headings sit below "### Rationale" so each claim stays one "##" section.
// Raw HTML and javascript: links in it are shown as text, never passed through to the report's viewer.
const nested = (markdown: string) =>
  neutraliseMarkdownHtml(markdown).replace(/^ {0,3}(#{1,6})(?=[ \t]|$)/gm, (_, hashes: string) =>
    '#'.repeat(Math.min(6, hashes.length + 3)),
  );

function claim(c: ReportClaim, n: number, ctx: ReportContext): string {
  const { verdict } = c;
  const lines = [
    `## ${n}. ${inline(c.claimReviewed)}`,
    '',
    `> ${inline(c.quote)}`,
    '',
    `— ${inline(c.speaker.name)}`,
    '',
  ];
  if (!ctx.article)
    lines.push(
      `- **Article:** ${inline(c.article.title)} (${inline(c.article.outlet)}, ${isoDay(c.article.publishedAt)})`,
    );
  lines.push(`- **Kind:** ${KIND_LABEL[c.kind]}`, `- **Status:** ${STATUS_LABEL[c.status]}`);
  if (verdict) {
    lines.push(`- **Verdict:** ${RATINGS[verdict.rating].label} — ${inline(verdict.conclusion)}`);
    const signOff = verdict.approvedAt
      ? `; approved by ${inline(approvers(c).join(', '))} on ${isoDay(verdict.approvedAt)}`
      : '';
    lines.push(`- **Written by:** ${inline(verdict.author.name)}${signOff}`);
  } else {
    lines.push('- **Verdict:** none yet');
  }
  if (isPublic(c)) lines.push(`- **Public page:** <${ctx.publicUrl(c.slug)}>`);
  lines.push('');
  if (verdict) lines.push('### Rationale', '', nested(verdict.rationale), '');
  if (c.sources.length) {
    lines.push('### Sources', '');
    for (const s of c.sources) {
      const archived = s.archiveUrl ? ` · [archived](${href(s.archiveUrl)})` : '';
      lines.push(
        `- [${inline(s.title)}](${href(s.url)}) — ${inline(s.publisher)} (${STANCE_LABEL[s.stance].toLowerCase()})${archived}`,
      );
    }
    lines.push('');
  }
  if (c.corrections.length) {
    lines.push('### Corrections', '');
    for (const k of c.corrections) lines.push(`- ${isoDay(k.createdAt)}: ${inline(k.body)}`);
    lines.push('');
  }
  if (c.notes.length) {
    lines.push('### Internal notes (not for publication)', '');
    for (const note of c.notes)
      lines.push(`- ${inline(note.author.name)}, ${isoDay(note.createdAt)}: ${inline(note.body)}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** The Markdown report: a "#" title, then one "##" section per claim. */
export const markdownReport: TextReportBuilder = {
  header: (ctx) =>
    [
      `# Fact-check report: ${inline(ctx.title)}`,
      '',
      `${inline(ctx.subtitle)}${ctx.article?.url ? ` — <${ctx.article.url}>` : ''}`,
      '',
      `Generated ${ctx.generatedAt.toISOString()} · ${ctx.total} claims`,
      '',
      ...(ctx.includeNotes ? ['**Internal: contains notes not for publication.**', ''] : []),
      '',
    ].join('\n'),
  claim,
  footer: () => '',
};
