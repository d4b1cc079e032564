import { marked, type Token, type Tokens } from 'marked';

// Report readers open the Markdown in viewers that render inline HTML and follow any link scheme.
const SAFE_LINK = /^(https?:|mailto:|#|\/)/i;
const escapeAngles = (raw: string) => raw.replace(/[<>]/g, '\\$&');

/** What to write instead of a token's raw text, or undefined to keep it. */
function replacementFor(token: Token): string | undefined {
  if (token.type === 'html') return escapeAngles(token.raw);
  if (
    (token.type === 'link' || token.type === 'image') &&
    !SAFE_LINK.test((token as Tokens.Link).href.trim())
  ) {
    // Keep what the editor wrote as visible text, minus the address that would run when clicked.
    return escapeAngles((token as Tokens.Link).text).replace(/[[\]]/g, '\\$&');
  }
  return undefined;
}

function childrenOf(token: Token): Token[] {
  if (token.type === 'list') return (token as Tokens.List).items;
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    return [...table.header, ...table.rows.flat()].flatMap((cell) => cell.tokens);
  }
  return 'tokens' in token && Array.isArray(token.tokens) ? token.tokens : [];
}

/**
 * The editor's Markdown with raw HTML shown as text and unsafe links reduced to their text. marked's
 * own tokenizer finds them, so this agrees with how a Markdown viewer reads the source. Each token's
 * raw is found in the source after its predecessor's, so text inside a code span is never touched;
 * a child whose raw was rewritten by its parent (a blockquote drops its ">") is searched within the
 * parent's span instead.
 */
export function neutraliseMarkdownHtml(markdown: string): string {
  const edits: { at: number; length: number; text: string }[] = [];
  const visit = (tokens: Token[], from: number, to: number): number => {
    let cursor = from;
    for (const token of tokens) {
      const at = token.raw ? markdown.indexOf(token.raw, cursor) : -1;
      if (at < 0 || at + token.raw.length > to) {
        cursor = visit(childrenOf(token), cursor, to);
        continue;
      }
      const text = replacementFor(token);
      if (text !== undefined) edits.push({ at, length: token.raw.length, text });
      else visit(childrenOf(token), at, at + token.raw.length);
      cursor = at + token.raw.length;
    }
    return cursor;
  };
  visit(marked.lexer(markdown, { gfm: true }), 0, markdown.length);
  let out = '';
  let cursor = 0;
  for (const { at, length, text } of edits) {
    out += markdown.slice(cursor, at) + text;
    cursor = at + length;
  }
  return out + markdown.slice(cursor);
}
