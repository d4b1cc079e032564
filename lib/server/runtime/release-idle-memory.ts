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
 * Collections per quiet spell, one per check, at most. The first frees the garbage but leaves most
 * of the emptied pages in the heap; the next ones give them back, a part each time (after bench:load:
 * heap 620 → 473 → 306 → 240 MB held with 164 MB used; three were not enough).
 */
const MAX_COLLECTIONS_PER_SPELL = 8;
/** Another collection follows while the last two together gave back at least this much. */
const WORTH_ANOTHER_BYTES = 8 * 1024 * 1024;

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
  let left = MAX_COLLECTIONS_PER_SPELL;
  // Whether the last collection gave back enough to try another, and the heap held before it: V8
  // returns part of what a collection emptied only during the next one, so each is judged over two.
  let shrinking = false;
  let heldBeforeLast: number | undefined;
  // Whether the native heap has been trimmed since the last work or collection.
  let trimmed = false;
  setInterval(() => {
    const idle =
      performance.eventLoopUtilization(performance.eventLoopUtilization(), last).utilization <
      IDLE_UTILISATION;
    if (!idle) {
      left = MAX_COLLECTIONS_PER_SPELL;
      shrinking = false;
      heldBeforeLast = undefined;
      trimmed = false;
    } else {
      const held = process.memoryUsage().heapTotal;
      if (left > 0 && (shrinking || held > floor + GROWTH_BYTES)) {
        collect();
        left--;
        const after = process.memoryUsage().heapTotal;
        shrinking = (heldBeforeLast ?? held) - after >= WORTH_ANOTHER_BYTES;
        heldBeforeLast = held;
        floor = Math.min(floor, after);
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
