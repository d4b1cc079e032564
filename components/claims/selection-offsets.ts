/**
 * Maps a DOM selection inside an article rendered by SelectableArticle back to character offsets
 * in the article text: every run of text sits in an element carrying its start offset.
 */
function pointOffset(node: Node, offset: number, edge: 'start' | 'end'): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-start]');
    return run ? Number(run.dataset.start) + offset : null;
  }
  const element = node as Element;
  const child = element.childNodes[offset];
  if (child) {
    const run =
      child instanceof Element
        ? child.matches('[data-start]')
          ? child
          : child.querySelector('[data-start]')
        : child.parentElement?.closest('[data-start]');
    if (run instanceof HTMLElement) return Number(run.dataset.start);
  }
  const runs = element.querySelectorAll<HTMLElement>('[data-start]');
  const last = runs[runs.length - 1];
  if (!last) return null;
  return edge === 'end'
    ? Number(last.dataset.start) + (last.textContent?.length ?? 0)
    : Number(last.dataset.start);
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}'’%-]/u.test(c);

/** The selected span inside `container`, widened to whole words and without surrounding spaces. */
export function selectedSpan(container: HTMLElement, text: string): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  let start = pointOffset(range.startContainer, range.startOffset, 'start');
  let end = pointOffset(range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start--;
  while (end < text.length && isWordChar(text[end]) && isWordChar(text[end - 1])) end++;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}
