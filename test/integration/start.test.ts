// The README's first command as a new user runs it: `npm start` (here on a free port and a
// SQLite file of the test's own) serves the dashboard, and its demo shops, Express, Django
// and FastAPI, reach it with data within the time the README promises; Ctrl-C (SIGINT to the
// process group, as a terminal sends it) stops everything, the dashboard included.
// npm test runs this file on Node 24 too (scripts/twin.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../scripts/net';

const ROOT = path.resolve(__dirname, '..', '..');

type Services = { services: { name: string; requestsPerSecond: number }[] };
const DEMOS = ['demo-shop', 'demo-shop-django', 'demo-shop-fastapi'];

test(
  'npm start serves the dashboard with its three demos reporting, and Ctrl-C stops it all',
  { timeout: 240_000 },
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hopscope-start-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    // npm from PATH, as the README says; on the twin PATH starts with Node 24.
    const npm = spawn('npm', ['start'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${path.join(dir, 'hopscope.db')}` },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout!.on('data', (d) => (output += d));
    npm.stderr!.on('data', (d) => (output += d));
    try {
      const deadline = Date.now() + 180_000;
      let names: string[] = [];
      while (Date.now() < deadline) {
        assert.equal(npm.exitCode, null, `npm start exited:\n${output}`);
        try {
          const res = await fetch(`${url}/api/services`);
          if (res.ok) {
            names = ((await res.json()) as Services).services.filter((s) => s.requestsPerSecond > 0).map((s) => s.name);
            if (DEMOS.every((d) => names.includes(d))) break;
          }
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 1000));
      }
      assert.deepEqual(names.sort(), DEMOS, `services with requests: ${names.join(', ')}\n${output}`);
      const page = await fetch(`${url}/services/demo-shop`);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /demo-shop/);
    } finally {
      // npm itself dies of the signal at once; what it started shuts down in its own time.
      process.kill(-npm.pid!, 'SIGINT');
    }
    const deadline = Date.now() + 20_000;
    let up = true;
    while (up && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      up = await fetch(`${url}/api/health`).then(
        () => true,
        () => false,
      );
    }
    assert.equal(up, false, `the dashboard still answers 20 s after Ctrl-C:\n${output}`);
    fs.rmSync(dir, { recursive: true, force: true });
  },
);
