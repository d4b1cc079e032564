import { ANCHORAGE_TEXT as article } from '../prisma/anchorage-text.ts';
import { extractClaims } from '../lib/claims/extract-claims';

// Prints timings; it is not a test. Goals: the seed article < 50 ms after warm-up, 1 MB < 2 s with flat memory.
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const memory = () => {
  const { rss, heapUsed } = process.memoryUsage();
  return `rss ${mb(rss)}, heap used ${mb(heapUsed)}`;
};

function median(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

// Vary names and figures per copy so the megabyte is not one paragraph cache-hit 350 times over.
function megabyte(): string {
  const names = ['Trump', 'Biden', 'Harris', 'Starmer', 'Macron'];
  const copies: string[] = [];
  for (let i = 0, size = 0; size < 1024 * 1024; i++) {
    const copy = article
      .replaceAll('Trump', names[i % names.length])
      .replaceAll('7,000', `${7 + (i % 5)},${String(i % 1000).padStart(3, '0')}`);
    copies.push(copy);
    size += copy.length + 2;
  }
  return copies.join('\n\n');
}

console.log(`before: ${memory()}`);
const cold = performance.now();
extractClaims(article);
console.log(
  `seed article (${article.length} chars), first run incl. model load: ${(performance.now() - cold).toFixed(1)} ms`,
);
median(10, () => extractClaims(article));
console.log(
  `seed article, median of 50 runs after warm-up: ${median(50, () => extractClaims(article)).toFixed(2)} ms (goal < 50 ms)`,
);

const big = megabyte();
let peakRss = 0;
let batches = 0;
const t = performance.now();
const suggestions = extractClaims(big, {
  onProgress: () => {
    batches++;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  },
});
console.log(
  `1 MB (${big.length} chars): ${(performance.now() - t).toFixed(0)} ms, ${suggestions.length} suggestions, ${batches} progress callbacks (goal < 2 s)`,
);
console.log(`peak rss during the 1 MB run: ${mb(peakRss)}`);
const again = performance.now();
extractClaims(big);
console.log(`1 MB again: ${(performance.now() - again).toFixed(0)} ms`);
console.log(`after: ${memory()}`);
