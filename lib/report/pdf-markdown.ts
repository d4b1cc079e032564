import { marked, type Token, type Tokens } from 'marked';

type Run = { text: string; bold?: boolean; italic?: boolean; code?: boolean; link?: string };
type Write = (value: string, options?: PDFKit.Mixins.TextOptions) => void;

const LINK = '#1e40af';

/** Raw HTML in Markdown prints as its text only; scripts and styles are dropped with their content. */
const htmlText = (html: string) =>
  html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '').replace(/<[^>]*>/g, '');

/** Inline Markdown as styled runs: **bold**, *italic*, `code` and [links](…) keep their meaning in print. */
function runs(tokens: Token[] | undefined, style: Omit<Run, 'text'> = {}): Run[] {
  return (tokens ?? []).flatMap((token): Run[] => {
    switch (token.type) {
      case 'strong':
        return runs((token as Tokens.Strong).tokens, { ...style, bold: true });
      case 'em':
        return runs((token as Tokens.Em).tokens, { ...style, italic: true });
      case 'codespan':
        return [{ ...style, code: true, text: (token as Tokens.Codespan).text }];
      case 'link': {
        const link = token as Tokens.Link;
        return runs(link.tokens, { ...style, link: /^https?:\/\//i.test(link.href) ? link.href : undefined });
      }
      case 'br':
        return [{ ...style, text: '\n' }];
      case 'html':
        return [{ ...style, text: htmlText(token.raw) }];
      case 'text':
        return 'tokens' in token && token.tokens
          ? runs(token.tokens, style)
          : [{ ...style, text: (token as Tokens.Text).text }];
      default:
        return [{ ...style, text: 'text' in token ? String(token.text) : token.raw }];
    }
  });
}

const font = (run: Run) =>
  run.code
    ? 'Courier'
    : run.bold && run.italic
      ? 'Helvetica-BoldOblique'
      : run.bold
        ? 'Helvetica-Bold'
        : run.italic
          ? 'Helvetica-Oblique'
          : 'Helvetica';

/**
 * Writes an editor's Markdown (rationales, notes) into the PDF as formatting rather than raw `##`
 * and `*`: headings in bold, lists as bullets, quotes indented, inline styles as fonts. marked's
 * lexer does the parsing, so this only maps its tokens to pdfkit calls.
 */
export function writeMarkdown(doc: PDFKit.PDFDocument, write: Write, markdown: string) {
  const line = (parts: Run[], options: PDFKit.Mixins.TextOptions = {}) => {
    const visible = parts.filter((r) => r.text.length > 0);
    if (visible.length === 0) return;
    visible.forEach((run, i) => {
      doc.font(font(run)).fillColor(run.link ? LINK : '#1c1917');
      write(run.text, {
        ...options,
        continued: i < visible.length - 1,
        link: run.link ?? null,
        underline: !!run.link,
      });
    });
    doc.font('Helvetica').fillColor('#1c1917');
  };
  const block = (token: Token, depth: number) => {
    switch (token.type) {
      case 'heading':
        line(runs((token as Tokens.Heading).tokens, { bold: true }));
        break;
      case 'paragraph':
        line(runs((token as Tokens.Paragraph).tokens));
        doc.moveDown(0.3);
        break;
      case 'list': {
        const list = token as Tokens.List;
        list.items.forEach((item, i) => {
          const marker = list.ordered ? `${Number(list.start || 1) + i}. ` : '• ';
          const [first, ...rest] = item.tokens;
          line([
            { text: `${'    '.repeat(depth)}${marker}` },
            ...(first && 'tokens' in first ? runs(first.tokens) : []),
          ]);
          rest.forEach((t) => block(t, depth + 1));
        });
        doc.moveDown(0.3);
        break;
      }
      case 'blockquote':
        (token as Tokens.Blockquote).tokens.forEach((t) => {
          if (t.type === 'paragraph')
            line([{ text: '| ' }, ...runs((t as Tokens.Paragraph).tokens, { italic: true })]);
          else block(t, depth);
        });
        break;
      case 'code':
        line([{ text: (token as Tokens.Code).text, code: true }]);
        doc.moveDown(0.3);
        break;
      case 'html':
        line([{ text: htmlText(token.raw).trim() }]);
        break;
      case 'space':
      case 'hr':
        break;
      default:
        line([{ text: token.raw.trim() }]);
    }
  };
  for (const token of marked.lexer(markdown)) block(token, 0);
}
