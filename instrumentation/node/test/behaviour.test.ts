// The instrumentation must never change what the app does: the same requests against the
// same Express app, with and without it, give the same responses and the same events in
// the same order (errors, next('route'), next('router'), next() twice, streams, 'finish').
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const fixture = path.join(__dirname, 'fixtures', 'behaviour-app.ts');

function run(instrumented: boolean): { results: unknown[]; events: string[] } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fixture, ...(instrumented ? ['--instrumented'] : [])], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 30_000,
  });
  return JSON.parse(out);
}

test('express behaves the same with and without the instrumentation', () => {
  const bare = run(false);
  const instrumented = run(true);
  assert.ok(bare.results.length >= 10);
  assert.ok(bare.events.includes('error /sync-throw Error: thrown synchronously'), 'the fixture exercises error paths');
  assert.deepEqual(instrumented, bare);
});
