// The instrumentation must never change what the app does: the same requests against the
// same app, with and without it, give the same responses and the same events in the same
// order — for each framework (errors, routing signals, early replies, streams, 'finish').
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

// Each setup: its fixture and the arguments it takes.
const SETUPS: Record<string, [fixture: string, ...args: string[]]> = {
  'express 5': ['express'],
  'express 4': ['express', '--express4'],
  koa: ['koa'],
  fastify: ['fastify'],
};

function run(setup: string, instrumented: boolean): { results: { status: number }[]; events: string[] } {
  const [name, ...args] = SETUPS[setup];
  const fixture = path.join(__dirname, 'fixtures', `behaviour-${name}.ts`);
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', fixture, ...args, ...(instrumented ? ['--instrumented'] : [])],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 30_000,
    },
  );
  return JSON.parse(out);
}

for (const framework of Object.keys(SETUPS)) {
  test(`${framework} behaves the same with and without the instrumentation`, () => {
    const bare = run(framework, false);
    const instrumented = run(framework, true);
    assert.ok(
      bare.results.some((r) => r.status >= 418),
      'the fixture exercises error paths',
    );
    assert.deepEqual(instrumented, bare);
  });
}
