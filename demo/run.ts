// Runs a demo shop in version "before", then "after", each under load, in turns, until
// stopped. DEMO_TARGET picks the shop: node (Express, default), django or fastapi (both under
// uvicorn).
// Environment: HOPSCOPE_ENDPOINT (the dashboard), DEMO_VERSIONS (default "before,after"),
// DEMO_PHASE_SECONDS (default 60), DEMO_CONNECTIONS (default 8 for node, 32 for django, 64
// for fastapi, more than its pool's 40 threads:
// enough clients that the shop, not the client count, is the limit, so the throughput
// printed is what the dashboard's ceiling can be checked against).
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort } from '../scripts/net';
import { pythonOf } from '../scripts/python';

const versions = (process.env.DEMO_VERSIONS ?? 'before,after').split(',').map((v) => v.trim());
const phaseSeconds = Number(process.env.DEMO_PHASE_SECONDS ?? 60);
type TargetName = 'node' | 'django' | 'fastapi';
const target: TargetName =
  process.env.DEMO_TARGET === 'django' || process.env.DEMO_TARGET === 'fastapi' ? process.env.DEMO_TARGET : 'node';
const connections = Number(process.env.DEMO_CONNECTIONS ?? { node: 8, django: 32, fastapi: 64 }[target]);

type Target = { name: string; spawn: (version: string, port: number) => ChildProcess; requests: autocannon.Request[] };

// The shops write logs (that is part of the story): into a folder of this run's own,
// removed when the run ends, so that no phase leaves megabytes in the system's temp folder.
const LOG_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'hopscope-demo-'));
const removeLogDir = () => fs.rmSync(LOG_DIR, { recursive: true, force: true });
process.on('exit', removeLogDir);

// Each shop runs in a process group of its own (detached), so that a Ctrl-C in the
// terminal reaches this runner only: it stops the load first, then the shop, which then
// has no request in flight to cancel (uvicorn printed a CancelledError traceback for each).
const childOptions = (env: NodeJS.ProcessEnv): SpawnOptions => ({
  env: { ...env, DEMO_LOG_DIR: LOG_DIR },
  detached: true,
  stdio: ['ignore', 'ignore', 'inherit'],
});

const TARGETS: Record<TargetName, Target> = {
  node: {
    name: 'demo-shop',
    // Node itself (not the tsx wrapper), so that a signal reaches the service directly.
    spawn: (version, port) =>
      spawn(
        process.execPath,
        ['--import', 'tsx', path.join(__dirname, 'shop.ts')],
        childOptions({ ...process.env, DEMO_VERSION: version, PORT: String(port) }),
      ),
    requests: [
      { method: 'GET', path: '/products' },
      { method: 'GET', path: '/products/7' },
      { method: 'POST', path: '/cart', headers: { 'content-type': 'application/json' }, body: '{"items":[1,2,3]}' },
    ],
  },
  django: {
    name: 'demo-shop-django',
    // scripts/start.ts prepares the environment (Django 5.2 LTS) and names its Python.
    spawn: (version, port) =>
      uvicorn(process.env.DEMO_PYTHON ?? pythonOf('django-5.2'), 'demo_shop.asgi:application', 'django', version, port),
    requests: [
      { method: 'GET', path: '/products' },
      { method: 'GET', path: '/products/7' },
    ],
  },
  fastapi: {
    name: 'demo-shop-fastapi',
    spawn: (version, port) =>
      uvicorn(process.env.DEMO_PYTHON ?? pythonOf('fastapi'), 'demo_api:app', 'fastapi', version, port),
    requests: [
      { method: 'GET', path: '/products' },
      { method: 'GET', path: '/products/7' },
    ],
  },
};

/** A Python shop under uvicorn, from its folder in demo/; its environment has the package
 *  installed, as a user's would. */
function uvicorn(python: string, module: string, folder: string, version: string, port: number): ChildProcess {
  return spawn(
    python,
    ['-m', 'uvicorn', module, '--host', '127.0.0.1', '--port', String(port), '--log-level', 'warning'],
    { cwd: path.join(__dirname, folder), ...childOptions({ ...process.env, DEMO_VERSION: version }) },
  );
}

let stopping = false;
let service: ChildProcess | null = null;
let load: autocannon.Instance | null = null;

async function startService(t: Target, version: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = t.spawn(version, port);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${t.name} ${version} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/products/1`)).ok) return { child, url };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${t.name} ${version} did not start`);
}

function runLoad(url: string, seconds: number, requests: autocannon.Request[]): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    load = autocannon({ url, connections, duration: seconds, requests }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
  });
}

async function stopService(): Promise<void> {
  const child = service;
  service = null;
  if (child === null || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

async function main(): Promise<void> {
  const t = TARGETS[target];
  for (let i = 0; !stopping; i = (i + 1) % versions.length) {
    const version = versions[i];
    const started = await startService(t, version);
    service = started.child;
    console.log(
      `[demo] ${t.name} ${version}: load on ${started.url} for ${phaseSeconds}s (${connections} connections)`,
    );
    const result = await runLoad(started.url, phaseSeconds, t.requests);
    console.log(
      `[demo] ${t.name} ${version}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms`,
    );
    await stopService();
  }
}

function shutdown(): void {
  if (stopping) return;
  stopping = true;
  load?.stop();
  void stopService().then(() => process.exit(0));
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

main().catch((err) => {
  if (!stopping) {
    console.error('[demo] failed:', err);
    void stopService().then(() => process.exit(1));
  }
});
