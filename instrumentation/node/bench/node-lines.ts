// Which Node binaries a benchmark runs its servers on: BENCH_NODE=20,24 (any of the lines
// in scripts/node-lines.ts, installed from the npm registry on first use, or the line of
// the Node running the benchmark), default the Node running it. Each line's variants are
// measured against that line's own bare app, in the same rounds as the other lines'.
import { ensureNodeLine, NODE_LINES, type NodeLine } from '../../../scripts/node-lines';

export type BenchNode = { line: string; execPath: string };

export function benchNodes(): BenchNode[] {
  const own = process.versions.node.split('.')[0];
  const asked = process.env.BENCH_NODE?.split(',').map((s) => s.trim()).filter(Boolean) ?? [own];
  return asked.map((line) => {
    if (line === own) return { line, execPath: process.execPath };
    if (!(line in NODE_LINES)) throw new Error(`BENCH_NODE: no Node ${line} (${[own, ...Object.keys(NODE_LINES)].join(', ')})`);
    return { line, execPath: ensureNodeLine(line as NodeLine, console.error) };
  });
}
