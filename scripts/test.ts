// npm test: build the dashboard if its build is stale (the integration and browser tests
// run the production build), then run every test file with Node's test runner; then the
// instrumentation's own suite again on each other Node line it supports (22, 24, 26:
// scripts/node-lines.ts installs them from the npm registry on first use), and the
// dashboard's suite again on Node 24, in a twin of the checkout installed with it
// (scripts/twin.ts; HOPSCOPE_TWIN is set inside the twin, where only its own line runs).
//   npm test                 everything
//   npm test -- unit         only files whose path contains "unit" (any substring)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuild } from './build';
import { ensureNodeLine, NODE_LINES, type NodeLine } from './node-lines';
import { ensureTwin } from './twin';

const ROOT = path.resolve(__dirname, '..');
const DIRS = ['instrumentation/node/test', 'test/unit', 'test/integration', 'test/browser'];

function testFiles(): string[] {
  return DIRS.flatMap((dir) =>
    fs
      .readdirSync(path.join(ROOT, dir))
      .filter((f) => f.endsWith('.test.ts'))
      .sort()
      .map((f) => path.join(dir, f)),
  );
}

const filters = process.argv.slice(2);
const files = testFiles().filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
if (files.length === 0) {
  console.error(`no test file matches ${filters.join(', ')}`);
  process.exit(2);
}
if (files.some((f) => f.startsWith('test/integration') || f.startsWith('test/browser'))) ensureBuild();

// One file at a time: timing tests measure the thread, and 2 cores are shared.
const run = (node: string, list: string[]) =>
  spawnSync(node, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...list], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  }).status ?? 1;

let status = run(process.execPath, files);
if (process.env.HOPSCOPE_TWIN) process.exit(status);
const instrumentation = files.filter((f) => f.startsWith('instrumentation/node/test'));
if (instrumentation.length > 0) {
  for (const line of Object.keys(NODE_LINES) as NodeLine[]) {
    if (process.version.startsWith(`v${line}.`)) continue; // that line ran above
    console.log(`\n# the instrumentation on Node ${NODE_LINES[line]}`);
    status = Math.max(status, run(ensureNodeLine(line, console.log), instrumentation));
  }
}
const dashboard = files.filter((f) => !f.startsWith('instrumentation/'));
const twinLine: NodeLine = '24';
if (dashboard.length > 0 && !process.version.startsWith(`v${twinLine}.`)) {
  console.log(`\n# the dashboard on Node ${NODE_LINES[twinLine]}`);
  const twin = ensureTwin(twinLine);
  const twinRun = spawnSync(twin.node, ['--import', 'tsx', 'scripts/test.ts', ...dashboard], {
    cwd: twin.root,
    stdio: 'inherit',
    env: { ...twin.env, HOPSCOPE_TWIN: '1' },
  });
  status = Math.max(status, twinRun.status ?? 1);
}
process.exit(status);
