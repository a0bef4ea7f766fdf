// Works from ES modules: the built package loaded with --import instruments an ESM app,
// a NestJS one included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** The span names an ES-module app in fixtures/ prints, run with the built package under --import. */
function spanNamesOf(app: string): string[] {
  const dir = path.join(__dirname, 'fixtures');
  return JSON.parse(
    execFileSync(process.execPath, ['--import', path.join(dir, 'esm-telemetry.mjs'), path.join(dir, app)], {
      encoding: 'utf8',
      timeout: 30_000,
    }),
  );
}

test('an ES-module Express app is instrumented by the package loaded with --import', () => {
  const names = spanNamesOf('esm-app.mjs');
  assert.ok(names.includes('middleware - esmMiddleware'), names.join(', '));
});

test('an ES-module NestJS app: its guard and middleware class are rows of their own', () => {
  const names = spanNamesOf('nest-esm-app.mjs');
  assert.ok(
    names.includes('middleware - CheckGuard') && names.includes('middleware - StampMiddleware'),
    names.join(', '),
  );
});
