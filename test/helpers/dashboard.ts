// The dashboard as users run it: the production build (npm test builds it first) started
// with `next start` on a free loopback port, over a real store.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ensureAdmin } from '../../lib/auth/auth';
import { authConfigFromEnv } from '../../lib/auth/config';
import { createDb } from '../../lib/db/client';
import { migrate } from '../../lib/db/migrate';
import { storeFromUrl } from '../../lib/db/url';
import type { MiddlewareRanking } from '../../lib/query/types';
import { freePort } from '../../scripts/net';

const ROOT = path.resolve(__dirname, '..', '..');

export type Dashboard = {
  url: string;
  databaseUrl: string;
  stop(): Promise<void>;
  /** SIGKILL: no shutdown hooks, no flushing. */
  kill9(): Promise<void>;
  start(): Promise<void>;
};

/** port: a port chosen beforehand, when another party must know the address first (an OpenID Connect provider). */
export async function startDashboard(
  databaseUrl: string,
  env: Record<string, string> = {},
  port?: number,
): Promise<Dashboard> {
  const store = storeFromUrl(databaseUrl);
  await migrate(store);
  port ??= await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Sign-in needs the address users open; here it is this one.
  env = { HOPSCOPE_URL: url, ...env };
  // As scripts/start.ts does: the administrator the environment names exists before the first request.
  const adminDb = createDb(store);
  await ensureAdmin(authConfigFromEnv({ ...process.env, ...env }), adminDb);
  await adminDb.$disconnect();
  let child: ChildProcess | null = null;
  let stderr = '';

  const exited = (c: ChildProcess) =>
    c.exitCode !== null || c.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((r) => c.once('exit', () => r()));

  const halt = async (signal: NodeJS.Signals) => {
    if (child === null) return;
    const c = child;
    child = null;
    c.kill(signal);
    await exited(c);
  };

  const dashboard: Dashboard = {
    url,
    databaseUrl,
    async start() {
      const c = spawn(
        path.join(ROOT, 'node_modules', '.bin', 'next'),
        ['start', '-H', '127.0.0.1', '-p', String(port)],
        {
          cwd: ROOT,
          env: {
            ...process.env,
            NODE_ENV: 'production',
            NEXT_TELEMETRY_DISABLED: '1',
            DATABASE_URL: databaseUrl,
            ...env,
          },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      child = c;
      c.stderr!.on('data', (d) => (stderr += d));
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        if (c.exitCode !== null) throw new Error(`dashboard exited (${c.exitCode}): ${stderr}`);
        try {
          if ((await fetch(`${url}/api/health`)).ok) return;
        } catch {
          // not yet listening
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`dashboard did not start: ${stderr}`);
    },
    stop: () => halt('SIGTERM'),
    kill9: () => halt('SIGKILL'),
  };
  await dashboard.start();
  return dashboard;
}

export async function getJson<T = unknown>(url: string): Promise<{ status: number; body: T }> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as T };
}

/** The middleware ranking of `service` over the last 15 minutes, once `until` holds for it
 *  (telemetry arrives each export interval); throws after 20 s with the last one seen. */
export async function rankingWhen(
  url: string,
  service: string,
  until: (r: MiddlewareRanking) => boolean,
): Promise<MiddlewareRanking> {
  for (const deadline = Date.now() + 20_000; ;) {
    const { status, body } = await getJson<MiddlewareRanking>(`${url}/api/services/${service}/middleware?range=15m`);
    if (status === 200 && until(body)) return body;
    if (Date.now() > deadline) throw new Error(`the ranking did not arrive: ${JSON.stringify(body)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
