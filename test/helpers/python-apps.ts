// The Python apps the tests run under a real ASGI server on loopback, from the pinned virtual
// environments (scripts/python.ts; the package installed into each, as users install it):
// the Django test project (instrumentation/python/tests/django/project) or the demo's shop on
// each Django of the support matrix (5.2 LTS under uvicorn and daphne, 4.2 LTS under uvicorn,
// and 3.2, the legacy row where requests share one sync thread), and the FastAPI test app
// (tests/starlette/apps.py) on current FastAPI under uvicorn.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ensurePythonEnv } from '../../scripts/python';
import { freePort } from '../../scripts/net';

const PACKAGE_DIR = path.resolve(__dirname, '..', '..', 'instrumentation', 'python');

/** A Python to run an app with: which (so which Django or FastAPI), which server, which threading model. */
export type PythonRuntime = {
  label: string;
  python: string;
  server: 'uvicorn' | 'daphne';
  /** Django 3.x: every request's thread-sensitive sync code on one thread; 4.0+: a thread per request. */
  model: 'shared' | 'per-request';
};

let matrix: PythonRuntime[] | null = null;

/** Every row of the matrix (its environments made on first use). */
export function djangoMatrix(): PythonRuntime[] {
  if (matrix !== null) return matrix;
  const python = (env: Parameters<typeof ensurePythonEnv>[0]) => ensurePythonEnv(env, console.log);
  matrix = [
    { label: 'Django 5.2 under uvicorn', python: python('django-5.2'), server: 'uvicorn', model: 'per-request' },
    { label: 'Django 5.2 under daphne', python: python('django-5.2'), server: 'daphne', model: 'per-request' },
    { label: 'Django 4.2 under uvicorn', python: python('django-4.2'), server: 'uvicorn', model: 'per-request' },
    { label: 'Django 3.2 under uvicorn', python: python('django-3.2'), server: 'uvicorn', model: 'shared' },
  ];
  return matrix;
}

/** The newest supported row: for what does not depend on Django's version. */
export const newestDjango = (): PythonRuntime => djangoMatrix()[0];

/** Current FastAPI (and Starlette) under uvicorn: sync code on anyio's pool, one per request. */
export const fastapiRuntime = (): PythonRuntime => ({
  label: 'FastAPI under uvicorn',
  python: ensurePythonEnv('fastapi', console.log),
  server: 'uvicorn',
  model: 'per-request',
});

export type PythonApp = { url: string; child: ChildProcess; stderr: () => string; stop(): Promise<void> };

/** The Django test project, the demo's Django shop, the FastAPI test app and demo shop. */
const APPS = {
  test: { cwd: path.join(PACKAGE_DIR, 'tests', 'django'), module: 'project.asgi:application', probe: '/items/0' },
  fastapi: { cwd: path.join(PACKAGE_DIR, 'tests', 'starlette'), module: 'apps:app', probe: '/plain' },
  'fastapi-demo': {
    cwd: path.resolve(PACKAGE_DIR, '..', '..', 'demo', 'fastapi'),
    module: 'demo_api:app',
    probe: '/products/1',
  },
  demo: {
    cwd: path.resolve(PACKAGE_DIR, '..', '..', 'demo', 'django'),
    module: 'demo_shop.asgi:application',
    probe: '/products/1',
  },
} as const;

function serverArgs(server: PythonRuntime['server'], module: string, port: number): string[] {
  return server === 'uvicorn'
    ? ['-m', 'uvicorn', module, '--host', '127.0.0.1', '--port', String(port), '--log-level', 'warning']
    : ['-m', 'daphne', '-b', '127.0.0.1', '-p', String(port), '-v', '0', module];
}

/** Starts the app; resolves when it answers, rejects with its stderr when it exits first. */
export async function startPythonApp(
  env: Record<string, string>,
  runtime: PythonRuntime = newestDjango(),
  which: keyof typeof APPS = 'test',
  cpus?: string,
): Promise<PythonApp> {
  const port = await freePort();
  const app = APPS[which];
  // `cpus`: the cores the server may run on (taskset's list), all of them when absent.
  const [cmd, ...args] = [
    ...(cpus === undefined ? [] : ['taskset', '-c', cpus]),
    runtime.python,
    ...serverArgs(runtime.server, app.module, port),
  ];
  const child = spawn(cmd, args, {
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
