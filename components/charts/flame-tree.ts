// Folded stacks (root;…;leaf with a count) as the tree a flame graph draws: one node per
// distinct path, its value the samples at or below it.
import type { FlameNode } from 'd3-flame-graph';
import type { StackDiffRow, StackRow } from '@/lib/query/stacks';

/** Adds `samples` along `stack`'s path; returns its leaf. */
function addPath(root: FlameNode, stack: string, samples: number): FlameNode {
  root.value += samples;
  let node = root;
  for (const frame of stack.split(';')) {
    let child = node.children.find((c) => c.name === frame);
    // A differential tree's nodes all carry a delta: the chart sums them up the tree, and
    // one missing makes every sum above it NaN.
    if (child === undefined)
      node.children.push(
        (child = { name: frame, value: 0, children: [], ...(root.delta === undefined ? {} : { delta: 0 }) }),
      );
    child.value += samples;
    node = child;
  }
  return node;
}

export function flameTree(rootName: string, stacks: StackRow[]): FlameNode {
  const root: FlameNode = { name: rootName, value: 0, children: [] };
  for (const { stack, samples } of stacks) addPath(root, stack, samples);
  return root;
}

/**
 * B's flame graph, each stack's leaf carrying its change from A (d3-flame-graph's `delta`,
 * summed up the tree by the chart): B's samples less A's scaled to B's total, so that a
 * side with more traffic does not read as a change. A stack only A ran has no width in B.
 */
export function diffTree(rootName: string, stacks: StackDiffRow[], totalA: number, totalB: number): FlameNode {
  const root: FlameNode = { name: rootName, value: 0, children: [], delta: 0 };
  const scale = totalA === 0 ? 0 : totalB / totalA;
  for (const { stack, a, b } of stacks) {
    const leaf = addPath(root, stack, b);
    leaf.delta! += b - a * scale;
  }
  return root;
}
