import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { trimNativeHeap } from './trim-native-heap';

const CHECK_EVERY_MS = 5_000;
/** Below this share of the last interval spent working, the server counts as idle. */
const IDLE_UTILISATION = 0.05;
/** Collect only when the heap is this much larger than it has been at its smallest: a quiet server is left alone. */
const GROWTH_BYTES = 64 * 1024 * 1024;
/**
 * Collections per quiet spell, one per check. The first frees the garbage but leaves most of the
 * emptied pages in the heap; the next ones give them back (measured after bench:load: heap 398 of
 * 432 MB used, then 173 of 411, 172 of 241, 172 of 212; the process 691 → 670 → 500 → 471 MB).
 */
const COLLECTIONS_PER_SPELL = 3;

/**
 * After a crowd, V8 keeps the heap it grew to (measured: 431 MB held, 113 MB used, 30 s after the
 * load stopped) and gives nothing back while no new allocation asks it to collect. Once the server
 * has been idle for an interval and the heap is well past its smallest size, a few full collections
 * return it to the system. Each takes a few hundred milliseconds on one core, only in a quiet spell
 * that follows work.
 * Then the C library is asked to return what native code freed (trim-native-heap.ts): without it,
 * the process stayed 27% above its starting size with the JavaScript heap back near its own.
 * Node exposes `gc` only under --expose-gc, which `next start` does not pass; V8 lets the flag be
 * set at run time, and a new context then holds the function.
 */
export function releaseIdleMemory(): void {
  setFlagsFromString('--expose-gc');
  // Called without options: a full, synchronous collection. On Node 20 (V8 11.3) the options form,
  // { type: 'major', execution: 'sync', flavor: 'last-resort' }, returned with nothing freed in
  // about half of the tries after heavy allocation (after bench:load: 343 MB of heap still used).
  const collect = runInNewContext('gc') as () => void;
  let last = performance.eventLoopUtilization();
  // The smallest the heap has been; what it counts as used includes garbage until a collection.
  let floor = process.memoryUsage().heapTotal;
  // Collections left in this quiet spell: a heap that stays large after them holds live data.
  let left = COLLECTIONS_PER_SPELL;
  // Whether the native heap has been trimmed since the last work or collection.
  let trimmed = false;
  setInterval(() => {
    const idle =
      performance.eventLoopUtilization(performance.eventLoopUtilization(), last).utilization <
      IDLE_UTILISATION;
    if (!idle) {
      left = COLLECTIONS_PER_SPELL;
      trimmed = false;
    } else {
      if (left > 0 && process.memoryUsage().heapTotal > floor + GROWTH_BYTES) {
        collect();
        left--;
        floor = Math.min(floor, process.memoryUsage().heapTotal);
        // A collection frees the Buffers and native objects dead JavaScript held: trim after it.
        trimmed = false;
      }
      // Work that left the JavaScript heap small can still have left freed native memory behind.
      if (!trimmed) {
        trimNativeHeap();
        trimmed = true;
      }
    }
    // Measured after collecting: the collection's own pause is not work that starts a new spell.
    last = performance.eventLoopUtilization();
  }, CHECK_EVERY_MS).unref();
}
