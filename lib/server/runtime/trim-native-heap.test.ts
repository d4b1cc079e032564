import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { trimNativeHeap } from './trim-native-heap';

const MB = 1024 * 1024;

// What a crowd leaves behind: many mid-sized Buffers (malloc'd by Node, below glibc's mmap threshold),
// a few of which outlive the rest and pin the arena's top, so freeing the others returns nothing.
it.runIf(process.platform === 'linux')('returns memory that native code freed to the system', async () => {
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  let buffers: Buffer[] | null = Array.from({ length: 3000 }, () =>
    Buffer.allocUnsafeSlow(64 * 1024).fill(1),
  );
  const survivors = buffers.filter((_, i) => i % 50 === 49);
  buffers = null;
  collect();
  // V8 frees dead Buffers' memory on a helper thread after the collection.
  await new Promise((r) => setTimeout(r, 500));
  const before = process.memoryUsage().rss;

  trimNativeHeap();

  const returned = before - process.memoryUsage().rss;
  expect(survivors).toHaveLength(60);
  expect(returned).toBeGreaterThan(100 * MB);
});
