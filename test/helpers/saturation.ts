// Ground truth for ceilings: a service driven to saturation by a load generator in a
// process of its own, pinned to a core the service is told to leave alone or share, and
// the throughput it measured (requests completed over the run).
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import assert from 'node:assert/strict';
import type { MiddlewareRanking } from '../../lib/query/types';
import { getJson } from './dashboard';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const AUTOCANNON = path.join(ROOT, 'node_modules', 'autocannon', 'autocannon.js');
const run = promisify(execFile);

/** `url`: saturation-service.ts's one route; `base`: the service's origin. */
export type SaturationService = { url: string; base: string; stop(): Promise<void> };

/** `cpus`: the cores the service may run on (taskset's list), all of them when absent;
 *  `nodeBinary`: the Node that runs it; `fixture`: the service, a file in test/fixtures. */
export async function startSaturationService(
  env: Record<string, string>,
  cpus?: string,
  nodeBinary = process.execPath,
  fixture = 'saturation-service.ts',
): Promise<SaturationService> {
  const node = [nodeBinary, '--import', 'tsx', path.join(FIXTURES, fixture)];
  const [cmd, ...args] = cpus === undefined ? node : ['taskset', '-c', cpus, ...node];
  const child: ChildProcess = spawn(cmd, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(Number(out.trim()));
    });
    child.once('exit', (code) => reject(new Error(`saturation service exited (${code}) before listening`)));
  });
  return {
    url: `http://127.0.0.1:${port}/work`,
    base: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** What each request of a load run sends, beyond a GET of the URL. */
export type LoadRequest = { method?: string; headers?: Record<string, string>; body?: string };

/** Requests/s the service completed under `connections` concurrent clients for `seconds`,
 *  the load generator pinned to `cpus`. */
export async function saturate(
  url: string,
  o: { seconds: number; connections: number; cpus: string } & LoadRequest,
): Promise<number> {
  const request = [
    ...(o.method ? ['-m', o.method] : []),
    ...Object.entries(o.headers ?? {}).flatMap(([k, v]) => ['-H', `${k}=${v}`]),
    ...(o.body !== undefined ? ['-b', o.body] : []),
  ];
  const { stdout } = await run(
    'taskset',
    [
      '-c',
      o.cpus,
      process.execPath,
      AUTOCANNON,
      '-j',
      '-c',
      String(o.connections),
      '-d',
      String(o.seconds),
      ...request,
      url,
    ],
    {
      maxBuffer: 16 * 1024 * 1024,
      timeout: (o.seconds + 30) * 1000,
    },
  );
  const result = JSON.parse(stdout) as {
    requests: { total: number };
    duration: number;
    non2xx: number;
    errors: number;
  };
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`load run failed: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.total / result.duration;
}

/**
 * A started service driven to saturation at `path` (2 s to warm up, then `seconds`
 * measured), then stopped (it flushes its telemetry as it exits): the throughput measured
 * and the ranking the dashboard at `dashboardUrl` gives for `service`. Between the two
 * runs one request waits behind what the warm-up left queued (its clients gone, their
 * requests not: one a client), so that the measured run starts on an idle service.
 */
export async function measureAtSaturation(
  dashboardUrl: string,
  service: string,
  s: SaturationService,
  o: { path?: string; seconds: number; connections: number; cpus: string } & LoadRequest,
): Promise<{ rps: number; ranking: MiddlewareRanking }> {
  const url = o.path === undefined ? s.url : s.base + o.path;
  let rps: number;
  try {
    await saturate(url, { ...o, seconds: 2 });
    await (await fetch(url, { method: o.method, headers: o.headers, body: o.body })).arrayBuffer();
    rps = await saturate(url, o);
  } finally {
    await s.stop();
  }
  const { status, body } = await getJson<MiddlewareRanking>(
    `${dashboardUrl}/api/services/${service}/middleware?range=15m`,
  );
  assert.equal(status, 200);
  return { rps, ranking: body };
}
