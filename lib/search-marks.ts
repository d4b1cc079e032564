/** Marks around matched words in search snippets: control characters no stored text contains. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';
