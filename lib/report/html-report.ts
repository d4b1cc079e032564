import { KIND_LABEL, STANCE_LABEL, STATUS_LABEL } from '@/lib/labels';
import { RATINGS } from '@/lib/ratings';
import { renderMarkdown } from '@/lib/markdown';
import {
  approvers,
  isPublic,
  type ReportClaim,
  type ReportContext,
  type TextReportBuilder,
} from './report-context';
import { isoDay } from '@/lib/dates';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const esc = (text: string) => text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
// Source URLs are typed by editors; only web links become clickable, anything else is shown as text.
const link = (url: string, text: string) =>
  /^https?:\/\//i.test(url) ? `<a href="${esc(url)}">${esc(text)}</a>` : esc(text);

// Self-contained (no external fonts, scripts or images) so the file opens and prints anywhere.
const STYLE = `
:root { color-scheme: light; }
body { margin: 0; font: 16px/1.5 Georgia, 'Times New Roman', serif; color: #1c1917; background: #fff; }
header, main, footer { max-width: 46rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 2rem; border-bottom: 2px solid #1c1917; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; line-height: 1.3; margin: 0 0 .75rem; }
h3 { font: 600 .8rem/1.4 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .05em; color: #44403c; margin: 1.25rem 0 .25rem; }
.meta, footer { font: .875rem/1.5 system-ui, sans-serif; color: #44403c; }
.internal { display: inline-block; font: 700 .875rem system-ui, sans-serif; color: #7f1d1d; border: 2px solid #7f1d1d; padding: .125rem .5rem; }
.claim { padding: 1.5rem 0; border-bottom: 1px solid #d6d3d1; }
blockquote { margin: 0; padding-left: 1rem; border-left: 4px solid #a8a29e; font-style: italic; }
.speaker { margin: .25rem 0 .75rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .125rem 1rem; margin: 0; font: .9rem/1.5 system-ui, sans-serif; }
dt { font-weight: 600; }
dd { margin: 0; }
.verdict { font-weight: 700; }
.tone-false { color: #991b1b; } .tone-mixed { color: #92400e; } .tone-true { color: #166534; } .tone-neutral { color: #44403c; }
.notes { margin-top: 1rem; padding: .5rem 1rem; background: #fef3c7; border: 1px solid #b45309; }
a { color: #1e40af; }
footer { padding: 1.5rem 1.25rem 3rem; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { font-size: 11pt; }
  header, main, footer { max-width: none; padding: 0; }
  .claim { break-inside: avoid-page; }
  h2, h3 { break-after: avoid; }
  li, blockquote, dl { break-inside: avoid; }
  a { color: inherit; }
  .sources a[href]::after { content: ' <' attr(href) '>'; font-size: 9pt; word-break: break-all; }
  .notes { background: none; }
}`;

function claim(c: ReportClaim, n: number, ctx: ReportContext): string {
  const { verdict } = c;
  const id = `claim-${n}`;
  const rows: [string, string][] = [];
  if (!ctx.article)
    rows.push([
      'Article',
      `${esc(c.article.title)} (${esc(c.article.outlet)}, ${isoDay(c.article.publishedAt)})`,
    ]);
  rows.push(['Kind', KIND_LABEL[c.kind]], ['Status', STATUS_LABEL[c.status]]);
  if (verdict) {
    const rating = RATINGS[verdict.rating];
    rows.push([
      'Verdict',
      `<span class="verdict tone-${rating.tone}">${esc(rating.label)}</span> — ${esc(verdict.conclusion)}`,
    ]);
    rows.push(['Written by', esc(verdict.author.name)]);
    if (verdict.approvedAt)
      rows.push(['Approved by', `${esc(approvers(c).join(', '))} on ${isoDay(verdict.approvedAt)}`]);
  } else {
    rows.push(['Verdict', 'none yet']);
  }
  if (isPublic(c)) rows.push(['Public page', link(ctx.publicUrl(c.slug), ctx.publicUrl(c.slug))]);
  const parts = [
    `<section class="claim" id="${id}" aria-labelledby="${id}-title">`,
    `<h2 id="${id}-title">${n}. ${esc(c.claimReviewed)}</h2>`,
    `<blockquote><p>${esc(c.quote)}</p></blockquote>`,
    `<p class="speaker">— ${esc(c.speaker.name)}</p>`,
    `<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`,
  ];
  if (verdict)
    parts.push('<h3>Rationale</h3>', `<div class="rationale">${renderMarkdown(verdict.rationale)}</div>`);
  if (c.sources.length) {
    const items = c.sources.map(
      (s) =>
        `<li>${link(s.url, s.title)} — ${esc(s.publisher)} (${STANCE_LABEL[s.stance].toLowerCase()})${s.archiveUrl ? ` · ${link(s.archiveUrl, 'archived')}` : ''}</li>`,
    );
    parts.push('<h3>Sources</h3>', `<ul class="sources">${items.join('')}</ul>`);
  }
  if (c.corrections.length) {
    parts.push(
      '<h3>Corrections</h3>',
      `<ul>${c.corrections.map((k) => `<li>${isoDay(k.createdAt)}: ${esc(k.body)}</li>`).join('')}</ul>`,
    );
  }
  if (c.notes.length) {
    const items = c.notes.map(
      (note) => `<li>${esc(note.author.name)}, ${isoDay(note.createdAt)}: ${esc(note.body)}</li>`,
    );
    parts.push(
      `<div class="notes"><h3>Internal notes (not for publication)</h3><ul>${items.join('')}</ul></div>`,
    );
  }
  parts.push('</section>\n');
  return parts.join('\n');
}

/** A print-friendly, self-contained HTML document with one <section class="claim"> per claim. */
export const htmlReport: TextReportBuilder = {
  header: (ctx) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fact-check report: ${esc(ctx.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Fact-check report: ${esc(ctx.title)}</h1>
<p class="meta">${esc(ctx.subtitle)}${ctx.article?.url ? ` — ${link(ctx.article.url, ctx.article.url)}` : ''}</p>
<p class="meta">Generated ${ctx.generatedAt.toISOString()} · ${ctx.total} claims</p>
${ctx.includeNotes ? '<p class="internal">Internal: contains notes not for publication</p>\n' : ''}</header>
<main>
`,
  claim,
  footer: (ctx) => `</main>
<footer>${esc(ctx.organisation.name)} · ${link(ctx.organisation.url, ctx.organisation.url)}</footer>
</body>
</html>
`,
};
