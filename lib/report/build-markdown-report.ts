import type { ReportData } from '@/lib/server/data/get-report-data';
import { KIND_LABEL, STANCE_LABEL, STATUS_LABEL } from '@/lib/labels';
import { RATINGS } from '@/lib/ratings';

const day = (d: Date) => d.toISOString().slice(0, 10);
// Quotes come from articles and can contain Markdown syntax that would otherwise restructure the report.
const escape = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/** The fact-check report for one article; internal notes appear only if the data carries them. */
export function buildMarkdownReport(article: ReportData, generatedAt: Date, publicUrl: (slug: string) => string): string {
  const lines: string[] = [
    `# Fact-check report: ${escape(article.title)}`,
    '',
    `${escape(article.outlet)}, ${day(article.publishedAt)}${article.url ? ` — <${article.url}>` : ''}`,
    '',
    `Generated ${generatedAt.toISOString()} · ${article.claims.length} claims`,
    '',
  ];
  for (const [i, claim] of article.claims.entries()) {
    const verdict = claim.verdicts[0];
    lines.push(`## ${i + 1}. ${escape(claim.claimReviewed)}`, '');
    lines.push(`> ${escape(claim.quote)}`, '', `— ${escape(claim.speaker.name)}`, '');
    lines.push(`- **Kind:** ${KIND_LABEL[claim.kind]}`, `- **Status:** ${STATUS_LABEL[claim.status]}`);
    if (verdict) {
      lines.push(`- **Verdict:** ${RATINGS[verdict.rating].label} — ${escape(verdict.conclusion)}`);
      const approvers = verdict.votes.map((v) => v.voter.name).join(', ');
      lines.push(`- **Written by:** ${verdict.author.name}${verdict.approvedAt ? `; approved by ${approvers} on ${day(verdict.approvedAt)}` : ''}`);
    } else {
      lines.push('- **Verdict:** none yet');
    }
    if (claim.status === 'PUBLISHED') lines.push(`- **Public page:** <${publicUrl(claim.slug)}>`);
    lines.push('');
    if (verdict) lines.push('### Rationale', '', verdict.rationale, '');
    if (claim.sources.length) {
      lines.push('### Sources', '');
      for (const s of claim.sources) {
        lines.push(`- [${escape(s.title)}](${s.url}) — ${escape(s.publisher)} (${STANCE_LABEL[s.stance].toLowerCase()})${s.archiveUrl ? ` · [archived](${s.archiveUrl})` : ''}`);
      }
      lines.push('');
    }
    if (claim.corrections.length) {
      lines.push('### Corrections', '');
      for (const c of claim.corrections) lines.push(`- ${day(c.createdAt)}: ${escape(c.body)}`);
      lines.push('');
    }
    if (claim.notes.length) {
      lines.push('### Internal notes (not for publication)', '');
      for (const n of claim.notes) lines.push(`- ${n.author.name}, ${day(n.createdAt)}: ${n.body.replace(/\n+/g, ' ')}`);
      lines.push('');
    }
  }
  return lines.join('\n');
}
