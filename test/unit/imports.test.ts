// No import circles, type-only imports included (madge, over the TypeScript sources of the
// dashboard, the Node package, the scripts, benchmarks and tests): a circle is two concepts
// that each need the other, one of which should own what both use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

test('no module imports itself through others', () => {
  const dirs = ['app', 'components', 'lib', 'instrumentation/node/src', 'scripts', 'bench', 'test', 'demo'];
  // madge exits non-zero when it finds circles: the JSON on stdout says which.
  const run = spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'madge'),
    ['--circular', '--json', '--extensions', 'ts,tsx', '--ts-config', 'tsconfig.json', ...dirs],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const circles = JSON.parse(run.stdout || 'null') as string[][] | null;
  assert.ok(circles !== null, `madge gave no answer: ${run.stderr}`);
  assert.deepEqual(
    circles.map((c) => c.join(' > ')),
    [],
  );
});
