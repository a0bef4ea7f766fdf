// The garbage collector's share of a benchmark: its pause time and the bytes allocated,
// from V8's own GC profiler (every collection's heap before and after). Allocated bytes are
// what collections freed plus what the heap grew by: the objects a variant makes per request,
// whether or not a collection ran during the measured stretch.
import { GCProfiler, getHeapStatistics } from 'node:v8';

export type HeapCost = { gcMs: number; allocatedBytes: number };

export function watchHeap(): { stop(): HeapCost } {
  const profiler = new GCProfiler();
  const usedAtStart = getHeapStatistics().used_heap_size;
  profiler.start();
  return {
    stop() {
      const usedAtEnd = getHeapStatistics().used_heap_size;
      const stats = profiler.stop()?.statistics ?? [];
      let gcUs = 0;
      let freed = 0;
      for (const s of stats) {
        gcUs += s.cost;
        freed += s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize;
      }
      return { gcMs: gcUs / 1000, allocatedBytes: freed + usedAtEnd - usedAtStart };
    },
  };
}
