// npm start: migrate the store, build the dashboard if the build is missing or stale,
// start it, and start the demo (an instrumented Express shop under load) unless --no-demo.
// Ctrl-C stops everything.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ensureBuild } from './build';
import { ensurePythonEnv } from './python';
import { createDb } from '../lib/db/client';
import { migrate } from '../lib/db/migrate';
import { retentionFromEnv, startMaintenance } from '../lib/rollup/maintenance';
import { databaseUrl, storeFromUrl } from '../lib/db/url';
import { ensureAdmin } from '../lib/auth/auth';
import { assertExposureAllowed, authConfigFromEnv } from '../lib/auth/config';
import { alertSettingsFromEnv } from '../lib/alerts/evaluator';

const ROOT = path.resolve(__dirname, '..');
async function waitUntilUp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the dashboard exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the dashboard did not answer at ${url} within ${timeoutMs / 1000}s`);
}

async function main(): Promise<void> {
  const withDemo = !process.argv.includes('--no-demo');
  const host = process.env.HOST ?? '127.0.0.1';
  const port = process.env.PORT ?? '3000';
  const auth = authConfigFromEnv();
  assertExposureAllowed(host, auth);
  // Checked here so a bad setting stops the start instead of the dashboard's evaluator.
  alertSettingsFromEnv();
  const store = storeFromUrl(databaseUrl());
  const applied = await migrate(store);
  console.log(
    `[hopscope] store: ${store.provider === 'sqlite' ? store.file : 'PostgreSQL'} (${applied.length} migrations applied)`,
  );
  const db = createDb(store);
  if ((await ensureAdmin(auth, db)) === 'created') console.log(`[hopscope] administrator ${auth.admin?.email} created`);
  console.log(`[hopscope] sign-in: HOPSCOPE_AUTH=${auth.mode}`);
  ensureBuild();

  // The demos stop first, then the dashboard, so the shops' last exports still land. The
  // dashboard runs in a process group of its own (a terminal's Ctrl-C reaches this script
  // and the demo runners only), and goes down with this script however it exits.
  const children: ChildProcess[] = [];
  let dashboardChild: ChildProcess | null = null;
  let stopping = false;
  const exited = (c: ChildProcess) =>
    c.exitCode !== null || c.signalCode !== null ? Promise.resolve() : new Promise((r) => c.once('exit', r));
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    const force = setTimeout(() => {
      for (const c of [...children, dashboardChild]) if (c !== null && c.exitCode === null) c.kill('SIGKILL');
      process.exit(code);
    }, 10_000);
    force.unref();
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    void Promise.all(children.map(exited))
      .then(() => {
        dashboardChild?.kill('SIGTERM');
        return dashboardChild === null ? undefined : exited(dashboardChild);
      })
      .then(() => process.exit(code));
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  process.on('exit', () => {
    if (dashboardChild !== null && dashboardChild.exitCode === null) dashboardChild.kill('SIGKILL');
  });

  const env = { ...process.env, DATABASE_URL: databaseUrl(), NEXT_TELEMETRY_DISABLED: '1' };
  // Node itself runs each child (no shell or wrapper in between), so signals reach them.
  const next = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
  const dashboard = spawn(process.execPath, [next, 'start', '-H', host, '-p', port], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  dashboardChild = dashboard;
  dashboard.once('exit', (code) => {
    if (!stopping) console.error(`[hopscope] the dashboard exited (code ${code})`);
    stop(code ?? 1);
  });
  const local = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${port}`;
  await waitUntilUp(local, dashboard);
  // Downsampling and retention, every ten minutes (replicas may all run it: it locks).
  startMaintenance(db, retentionFromEnv());
  console.log(`\n  Hopscope dashboard: ${auth.baseUrl ?? local}\n`);

  if (withDemo) {
    const runDemo = (target: 'node' | 'django' | 'fastapi', extra: Record<string, string> = {}) => {
      const demo = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'demo', 'run.ts')], {
        cwd: ROOT,
        env: { ...process.env, HOPSCOPE_ENDPOINT: local, DEMO_TARGET: target, ...extra },
        stdio: 'inherit',
      });
      children.push(demo);
      demo.once('exit', (code) => {
        if (!stopping)
          console.error(`[hopscope] the ${target} demo stopped (code ${code}); the dashboard keeps running`);
      });
    };
    runDemo('node');
    console.log('  Demo: demo-shop (Express), versions "before" and "after", under load; first data within ~15 s.');
    // The Python shops, each in a virtual environment of its own (.venv/django-5.2 and
    // .venv/fastapi, pinned, from PyPI): made once, about a minute each; without python3 or
    // PyPI the Node demo runs alone.
    const pythonDemos = [
      { target: 'django', env: 'django-5.2', label: 'demo-shop-django (Django 5.2 under uvicorn)' },
      { target: 'fastapi', env: 'fastapi', label: 'demo-shop-fastapi (FastAPI under uvicorn)' },
    ] as const;
    for (const d of pythonDemos) {
      let python: string;
      try {
        python = ensurePythonEnv(d.env, (line) => console.log(`  ${line}`));
      } catch (err) {
        console.log(
          `  The ${d.target} demo is skipped: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
        );
        continue;
      }
      runDemo(d.target, { DEMO_PYTHON: python });
      console.log(`  Demo: ${d.label}, versions "before" and "after".`);
    }
  }
  console.log('  Ctrl-C stops everything.\n');
}

main().catch((err) => {
  console.error(`[hopscope] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
