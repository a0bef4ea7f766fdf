// Folded stacks (root;…;leaf with a count) as the tree a flame graph draws: one node per
// distinct path, its value the samples at or below it.
import type { FlameNode } from 'd3-flame-graph';
import type { StackRow } from '@/lib/query/stacks';

export function flameTree(rootName: string, stacks: StackRow[]): FlameNode {
  const root: FlameNode = { name: rootName, value: 0, children: [] };
  for (const { stack, samples } of stacks) {
    root.value += samples;
    let node = root;
    for (const frame of stack.split(';')) {
      let child = node.children.find((c) => c.name === frame);
      if (child === undefined) node.children.push((child = { name: frame, value: 0, children: [] }));
      child.value += samples;
      node = child;
    }
  }
  return root;
}
