// The Django test project (instrumentation/django/tests/project), or the demo's shop, under a
// real ASGI server on loopback, on each Django of the support matrix, from the pinned virtual
// environments (scripts/python.ts; the package installed into each, as users install it):
// 5.2 LTS under uvicorn and daphne, 4.2 LTS under uvicorn, and 3.2, the legacy row where
// requests share one sync thread.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ensureDjangoEnv } from '../../scripts/python';
import { freePort } from '../../scripts/net';

const DJANGO_DIR = path.resolve(__dirname, '..', '..', 'instrumentation', 'django');

/** One row of the matrix: which Python (so which Django), which server, which threading model. */
export type DjangoRuntime = {
  label: string;
  python: string;
  server: 'uvicorn' | 'daphne';
  /** Django 3.x: every request's thread-sensitive sync code on one thread; 4.0+: a thread per request. */
  model: 'shared' | 'per-request';
};

let matrix: DjangoRuntime[] | null = null;

/** Every row of the matrix (its environments made on first use). */
export function djangoMatrix(): DjangoRuntime[] {
  if (matrix !== null) return matrix;
  const python = (env: Parameters<typeof ensureDjangoEnv>[0]) => ensureDjangoEnv(env, console.log);
  matrix = [
    { label: 'Django 5.2 under uvicorn', python: python('django-5.2'), server: 'uvicorn', model: 'per-request' },
    { label: 'Django 5.2 under daphne', python: python('django-5.2'), server: 'daphne', model: 'per-request' },
    { label: 'Django 4.2 under uvicorn', python: python('django-4.2'), server: 'uvicorn', model: 'per-request' },
    { label: 'Django 3.2 under uvicorn', python: python('django-3.2'), server: 'uvicorn', model: 'shared' },
  ];
  return matrix;
}

/** The newest supported row: for what does not depend on Django's version. */
export const newestDjango = (): DjangoRuntime => djangoMatrix()[0];

export type DjangoApp = { url: string; child: ChildProcess; stderr: () => string; stop(): Promise<void> };

/** The test project, or the demo's Django shop. */
const APPS = {
  test: { cwd: path.join(DJANGO_DIR, 'tests'), module: 'project.asgi:application', probe: '/items/0' },
  demo: {
    cwd: path.resolve(DJANGO_DIR, '..', '..', 'demo', 'django'),
    module: 'demo_shop.asgi:application',
    probe: '/products/1',
  },
} as const;

function serverArgs(server: DjangoRuntime['server'], module: string, port: number): string[] {
  return server === 'uvicorn'
    ? ['-m', 'uvicorn', module, '--host', '127.0.0.1', '--port', String(port), '--log-level', 'warning']
    : ['-m', 'daphne', '-b', '127.0.0.1', '-p', String(port), '-v', '0', module];
}

/** Starts the app; resolves when it answers, rejects with its stderr when it exits first. */
export async function startDjango(
  env: Record<string, string>,
  runtime: DjangoRuntime = newestDjango(),
  which: keyof typeof APPS = 'test',
): Promise<DjangoApp> {
  const port = await freePort();
  const app = APPS[which];
  const child = spawn(runtime.python, serverArgs(runtime.server, app.module, port), {
    cwd: app.cwd,
    env: {
      ...process.env,
      HOPSCOPE_EXPORT_INTERVAL: '1',
      HOPSCOPE_SPAN_SAMPLE_RATIO: '1',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw Object.assign(new Error(`${runtime.server} exited (${child.exitCode}): ${stderr}`), { stderr });
    try {
      await fetch(`${url}${app.probe}`);
      return {
        url,
        child,
        stderr: () => stderr,
        stop: async () => {
          if (child.exitCode !== null) return;
          // Django closes a response (and Hopscope records the request) after its last byte
          // went out: a server stopped at once loses the last requests in flight.
          await new Promise((r) => setTimeout(r, 300));
          const exited = new Promise((r) => child.once('exit', r));
          child.kill('SIGTERM');
          await exited;
        },
      };
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`${runtime.server} did not start: ${stderr}`);
}
