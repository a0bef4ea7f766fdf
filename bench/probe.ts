// The soak runs' view of a process they watch: the environment that preloads
// bench/process-probe.cjs into it, and the lines it wrote.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type ProbeLine = { t: number; pid: number; rssMb: number; heapMb: number; loopP99Ms: number; loopMaxMs: number };

export type Probe = { env: Record<string, string>; lines(): ProbeLine[]; remove(): void };

/** A probe writing every `intervalMs` into a file of its own. */
export function probe(intervalMs: number): Probe {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hopscope-probe-'));
  const file = path.join(dir, 'probe.jsonl');
  return {
    env: {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${path.join(__dirname, 'process-probe.cjs')}`.trim(),
      PROBE_FILE: file,
      PROBE_INTERVAL_MS: String(intervalMs),
    },
    lines: () =>
      fs.existsSync(file)
        ? fs
            .readFileSync(file, 'utf8')
            .trim()
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as ProbeLine)
        : [],
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;
export const max = (v: number[]) => v.reduce((a, b) => Math.max(a, b), 0);

/** Items of `list` whose time falls in (from, from + length] after `start` (all ms). */
export function within<T extends { t: number }>(list: T[], start: number, from: number, length: number): T[] {
  return list.filter((x) => x.t - start > from && x.t - start <= from + length);
}

/** The probe's columns of a report row: RSS / heap MB (medians), loop delay p99 (median) / max ms. */
export function probeCells(p: ProbeLine[]): string {
  return `${median(p.map((x) => x.rssMb))} / ${median(p.map((x) => x.heapMb))} | ${median(p.map((x) => x.loopP99Ms))} / ${max(p.map((x) => x.loopMaxMs))}`;
}
