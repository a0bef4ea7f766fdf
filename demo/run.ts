// Runs the demo: the shop in version "before", then "after", each under load, in turns,
// until stopped. Environment: HOPSCOPE_ENDPOINT (the dashboard), DEMO_VERSIONS
// (default "before,after"), DEMO_PHASE_SECONDS (default 60), DEMO_CONNECTIONS (default 8).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';

const versions = (process.env.DEMO_VERSIONS ?? 'before,after').split(',').map((v) => v.trim());
const phaseSeconds = Number(process.env.DEMO_PHASE_SECONDS ?? 60);
const connections = Number(process.env.DEMO_CONNECTIONS ?? 8);

let stopping = false;
let service: ChildProcess | null = null;
let load: autocannon.Instance | null = null;

function startService(version: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    // Node itself (not the tsx wrapper), so that a signal reaches the service directly.
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'shop.ts')], {
      env: { ...process.env, DEMO_VERSION: version, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const m = /listening on (http:\/\/\S+)/.exec(line);
      if (m) resolve({ child, url: m[1] });
    });
    child.once('exit', (code) => reject(new Error(`demo-shop ${version} exited with code ${code}`)));
  });
}

function runLoad(url: string, seconds: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    load = autocannon(
      {
        url,
        connections,
        duration: seconds,
        requests: [
          { method: 'GET', path: '/products' },
          { method: 'GET', path: '/products/7' },
          { method: 'POST', path: '/cart', headers: { 'content-type': 'application/json' }, body: '{"items":[1,2,3]}' },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
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
  for (let i = 0; !stopping; i = (i + 1) % versions.length) {
    const version = versions[i];
    const started = await startService(version);
    service = started.child;
    console.log(`[demo] ${version}: load on ${started.url} for ${phaseSeconds}s (${connections} connections)`);
    const result = await runLoad(started.url, phaseSeconds);
    console.log(`[demo] ${version}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms`);
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
