// Works from ES modules: the built package loaded with --import instruments an ESM app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

test('an ES-module Express app is instrumented by the package loaded with --import', () => {
  const dir = path.join(__dirname, 'fixtures');
  const out = execFileSync(process.execPath, ['--import', path.join(dir, 'esm-telemetry.mjs'), path.join(dir, 'esm-app.mjs')], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  const names: string[] = JSON.parse(out);
  assert.ok(names.includes('middleware - esmMiddleware'), out);
});
