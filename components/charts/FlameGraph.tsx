'use client';
// What a middleware ran while it held the thread, as a flame graph (d3-flame-graph: a
// maintained flame graph with zoom and tooltips; its React wrappers target React 18 and
// Grafana's UI kit). Width is samples: the widest top frames are where the time went.
import { useEffect, useRef } from 'react';
import flamegraph from 'd3-flame-graph';
import { select } from 'd3-selection';
import type { StackRow } from '@/lib/query/stacks';
import { flameTree } from './flame-tree';

export function FlameGraph({ middleware, stacks }: { middleware: string; stacks: StackRow[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const chart = flamegraph()
      .width(el.clientWidth || 960)
      .cellHeight(18)
      .minFrameSize(2)
      .transitionDuration(0)
      .sort(true)
      .label((d) => `${d.data.name}: ${d.value} samples`);
    select(el).datum(flameTree(middleware, stacks)).call(chart);
    return () => {
      chart.destroy();
      el.replaceChildren();
    };
  }, [middleware, stacks]);
  return <div ref={ref} role="img" aria-label={`Flame graph of ${middleware} while it held the thread`} data-testid="flame-graph" />;
}
