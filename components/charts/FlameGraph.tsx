'use client';
// What a middleware ran while it held the thread, as a flame graph (d3-flame-graph: a
// maintained flame graph with zoom, tooltips and a differential mode; the React ones target
// React 18 and Grafana's UI kit). Width is samples: the widest top frames are where the time
// went. The compare page's differential one is B's, coloured by the change from A.
import { useEffect, useMemo, useRef } from 'react';
import flamegraph, { colorMapper, type FlameNode } from 'd3-flame-graph';
import { select } from 'd3-selection';
import type { StackDiff, StackRow } from '@/lib/query/stacks';
import { diffTree, flameTree } from './flame-tree';

function useFlameGraph(tree: FlameNode, differential: boolean) {
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
    if (differential) chart.computeDelta(true).setColorMapper(colorMapper.differentialColorMapper);
    select(el).datum(tree).call(chart);
    return () => {
      chart.destroy();
      el.replaceChildren();
    };
  }, [tree, differential]);
  return ref;
}

export function FlameGraph({ middleware, stacks }: { middleware: string; stacks: StackRow[] }) {
  const ref = useFlameGraph(
    useMemo(() => flameTree(middleware, stacks), [middleware, stacks]),
    false,
  );
  return (
    <div
      ref={ref}
      role="img"
      aria-label={`Flame graph of ${middleware} while it held the thread`}
      data-testid="flame-graph"
    />
  );
}

/** B's flame graph, red where B spends a larger share of its samples than A did, blue where less. */
export function DiffFlameGraph({ diff }: { diff: StackDiff }) {
  const ref = useFlameGraph(
    useMemo(() => diffTree(diff.middleware, diff.stacks, diff.a, diff.b), [diff]),
    true,
  );
  return (
    <div
      ref={ref}
      role="img"
      aria-label={`Change in ${diff.middleware}'s stacks from A to B`}
      data-testid="diff-flame-graph"
    />
  );
}
