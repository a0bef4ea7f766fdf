// Lint and format, as part of npm test: ESLint (eslint.config.mjs: Next.js's rules and
// typescript-eslint's), Prettier over the TypeScript, JavaScript, JSON and CSS, and ruff
// (lint and format) over the Python package, from the Django 5.2 environment
// (scripts/python.ts). `npm run format` fixes what Prettier and ruff format would change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensurePythonEnv } from '../../scripts/python';

const ROOT = path.resolve(__dirname, '..', '..');
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

function clean(cmd: string, args: string[], cwd = ROOT): void {
  const run = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  assert.equal(run.status, 0, `${path.basename(cmd)} ${args.join(' ')}:\n${run.stdout}${run.stderr}`);
}

test('ESLint finds nothing, unused disable comments included', () => {
  clean(bin('eslint'), ['.', '--max-warnings=0', '--report-unused-disable-directives-severity', 'error']);
});

test('Prettier would change nothing', () => {
  clean(bin('prettier'), ['--check', '--log-level', 'warn', '.']);
});

test('ruff: the Python package lints clean and is formatted', () => {
  const ruff = path.join(path.dirname(ensurePythonEnv('django-5.2')), 'ruff');
  const pkg = path.join(ROOT, 'instrumentation', 'python');
  clean(ruff, ['check', '.'], pkg);
  clean(ruff, ['format', '--check', '.'], pkg);
});
