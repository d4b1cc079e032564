import PDFDocument from 'pdfkit';
import { KIND_LABEL, STANCE_LABEL, STATUS_LABEL } from '@/lib/labels';
import { RATINGS } from '@/lib/ratings';
import { approvers, isPublic, type ReportClaim, type ReportContext } from './report-context';
import { isoDay } from '@/lib/dates';
import { writeMarkdown } from './pdf-markdown';

// pdfkit's built-in fonts need no font files but only cover Windows-1252: accents are folded
// (é stays, ő becomes o) and other scripts become "?" rather than wrong glyphs.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
// Letters that Unicode does not decompose into a base letter and a mark.
const FOLD: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', ı: 'i', Ħ: 'H', ħ: 'h' };
function winAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (
      ch === '\n' ||
      (code >= 0x20 && code < 0x7f) ||
      (code >= 0xa0 && code <= 0xff) ||
      WIN_ANSI_EXTRA.has(ch)
    )
      out += ch;
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += ' ';
    else out += FOLD[ch] ?? (ch.normalize('NFKD').replace(/[^\x20-\x7e]/g, '') || '?');
  }
  return out;
}

const INK = '#1c1917';
const MUTED = '#57534e';
const LINK = '#1e40af';
const ALERT = '#7f1d1d';

/**
 * A PDF written claim by claim onto pdfkit's output stream; pdfkit flushes each finished page, so
 * only the current page is held in memory.
 */
export function createPdfReport(ctx: ReportContext) {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: winAnsi(`Fact-check report: ${ctx.title}`),
      Author: ctx.organisation.name,
      Creator: 'Claimdesk',
      CreationDate: ctx.generatedAt,
    },
  });
  const text = (value: string, options: PDFKit.Mixins.TextOptions = {}) =>
    doc.text(winAnsi(value), { link: null, ...options });
  const label = (name: string, value: string) => {
    doc.font('Helvetica-Bold').fillColor(INK);
    text(`${name}: `, { continued: true });
    doc.font('Helvetica');
    text(value);
  };
  const section = (title: string, color = INK) => {
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(10).fillColor(color);
    text(title);
    doc.font('Helvetica').fontSize(10).fillColor(INK);
  };

  doc.font('Helvetica-Bold').fontSize(18).fillColor(INK);
  text(`Fact-check report: ${ctx.title}`);
  doc.moveDown(0.3).font('Helvetica').fontSize(10).fillColor(MUTED);
  text(ctx.subtitle);
  if (ctx.article?.url) text(ctx.article.url, { link: ctx.article.url });
  text(`Generated ${ctx.generatedAt.toISOString()} · ${ctx.total} claims`);
  if (ctx.includeNotes) {
    doc.moveDown(0.3).font('Helvetica-Bold').fillColor(ALERT);
    text('Internal: contains notes not for publication');
  }

  function claim(c: ReportClaim, n: number) {
    const { verdict } = c;
    // Start a claim on a new page rather than leave its heading alone at the foot of one.
    if (doc.y > doc.page.height - doc.page.margins.bottom - 140) doc.addPage();
    else doc.moveDown(1.5);
    doc.font('Helvetica-Bold').fontSize(13).fillColor(INK);
    text(`${n}. ${c.claimReviewed}`);
    doc.moveDown(0.3).font('Helvetica-Oblique').fontSize(10.5);
    text(`“${c.quote}”`, { indent: 12 });
    doc.font('Helvetica');
    text(`— ${c.speaker.name}`, { indent: 12 });
    doc.moveDown(0.4).fontSize(10);
    if (!ctx.article)
      label('Article', `${c.article.title} (${c.article.outlet}, ${isoDay(c.article.publishedAt)})`);
    label('Kind', KIND_LABEL[c.kind]);
    label('Status', STATUS_LABEL[c.status]);
    if (verdict) {
      label('Verdict', `${RATINGS[verdict.rating].label} — ${verdict.conclusion}`);
      label('Written by', verdict.author.name);
      if (verdict.approvedAt)
        label('Approved by', `${approvers(c).join(', ')} on ${isoDay(verdict.approvedAt)}`);
    } else {
      label('Verdict', 'none yet');
    }
    if (isPublic(c)) {
      doc.font('Helvetica-Bold');
      text('Public page: ', { continued: true });
      doc.font('Helvetica').fillColor(LINK);
      text(ctx.publicUrl(c.slug), { link: ctx.publicUrl(c.slug) });
    }
    // Shared reports (no notes) leave the desk: only the internal variant links into it.
    if (ctx.includeNotes) {
      doc.font('Helvetica').fillColor(LINK);
      text('Open in Claimdesk', { link: ctx.deskUrl(c.id), underline: true });
      doc.fillColor(INK);
    }
    if (verdict) {
      section('Rationale');
      writeMarkdown(doc, text, verdict.rationale);
    }
    if (c.sources.length) {
      section('Sources');
      for (const s of c.sources) {
        text('• ', { continued: true });
        doc.fillColor(LINK);
        text(s.title, { continued: true, link: /^https?:\/\//i.test(s.url) ? s.url : null });
        doc.fillColor(INK);
        text(` — ${s.publisher} (${STANCE_LABEL[s.stance].toLowerCase()})`);
      }
    }
    if (c.corrections.length) {
      section('Corrections');
      for (const k of c.corrections) text(`• ${isoDay(k.createdAt)}: ${k.body}`);
    }
    if (c.notes.length) {
      section('Internal notes (not for publication)', ALERT);
      for (const note of c.notes) {
        doc.font('Helvetica-Bold');
        text(`${note.author.name}, ${isoDay(note.createdAt)}`);
        doc.font('Helvetica');
        writeMarkdown(doc, text, note.body);
      }
    }
  }

  return {
    /** pdfkit's readable output stream. */
    document: doc,
    claim,
    end() {
      doc.moveDown(2).font('Helvetica').fontSize(9).fillColor(MUTED);
      text(`${ctx.organisation.name} · ${ctx.organisation.url}`);
      doc.end();
    },
  };
}
