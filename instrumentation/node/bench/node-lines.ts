// Which Node binaries a benchmark runs its servers on: BENCH_NODE=20,24 (any of the lines
// in scripts/node-lines.ts, installed from the npm registry on first use, or the line of
// the Node running the benchmark), default the Node running it. Each line's variants are
// measured against that line's own bare app, in the same rounds as the other lines'.
import { ensureNodeLine, NODE_LINES, type NodeLine } from '../../../scripts/node-lines';

export type BenchNode = { line: string; execPath: string };

export function benchNodes(): BenchNode[] {
  const own = process.versions.node.split('.')[0];
  const asked = process.env.BENCH_NODE?.split(',')
    .map((s) => s.trim())
    .filter(Boolean) ?? [own];
  return asked.map((line) => {
    if (line === own) return { line, execPath: process.execPath };
    if (!(line in NODE_LINES))
      throw new Error(`BENCH_NODE: no Node ${line} (${[own, ...Object.keys(NODE_LINES)].join(', ')})`);
    return { line, execPath: ensureNodeLine(line as NodeLine, console.error) };
  });
}

/** Where one line's run of one app and variant is kept in a benchmark's results. */
export const runKey = (node: BenchNode, shape: string, variant: string): string =>
  `Node ${node.line} ${shape} ${variant}`;

/**
 * One table with a column per line, when there are several: `cell` gives a variant's
 * figures against that line's own bare app (`variants` without bare).
 */
export function printSideBySide(
  title: string,
  nodes: BenchNode[],
  shapes: readonly string[],
  variants: readonly string[],
  cell: (node: BenchNode, shape: string, variant: string) => string,
): void {
  if (nodes.length < 2) return;
  console.log(`\n${title}\n`);
  console.log(`| app | variant | ${nodes.map((n) => `Node ${n.line}`).join(' | ')} |`);
  console.log(`| --- | --- | ${nodes.map(() => '---:').join(' | ')} |`);
  for (const shape of shapes) {
    for (const v of variants) console.log(`| ${shape} | ${v} | ${nodes.map((n) => cell(n, shape, v)).join(' | ')} |`);
  }
}
