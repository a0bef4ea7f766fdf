// The Django test project (instrumentation/django/tests/project) under uvicorn on
// loopback, with Debian's python3-django, python3-uvicorn and python3-asgiref.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { DJANGO_PACKAGES, hasDjango, PYTHON } from '../../scripts/python';
import { freePort } from '../../scripts/net';

const DJANGO_DIR = path.resolve(__dirname, '..', '..', 'instrumentation', 'django');

export function requireDjango(): void {
  if (!hasDjango()) throw new Error(`the Django tests need ${PYTHON} with Django, uvicorn and asgiref: apt-get install -y ${DJANGO_PACKAGES}`);
}

export type DjangoApp = { url: string; child: ChildProcess; stderr: () => string; stop(): Promise<void> };

/** The test project, or the demo's Django shop. */
const APPS = {
  test: { cwd: path.join(DJANGO_DIR, 'tests'), module: 'project.asgi:application', probe: '/items/0' },
  demo: { cwd: path.resolve(DJANGO_DIR, '..', '..', 'demo', 'django'), module: 'demo_shop.asgi:application', probe: '/products/1' },
} as const;

/** Starts uvicorn; resolves when it answers, rejects with its stderr when it exits first. */
export async function startDjango(env: Record<string, string>, which: keyof typeof APPS = 'test'): Promise<DjangoApp> {
  const port = await freePort();
  const app = APPS[which];
  const child = spawn(PYTHON, ['-m', 'uvicorn', app.module, '--host', '127.0.0.1', '--port', String(port), '--log-level', 'warning'], {
    cwd: app.cwd,
    env: { ...process.env, PYTHONPATH: DJANGO_DIR, HOPSCOPE_EXPORT_INTERVAL: '1', HOPSCOPE_SPAN_SAMPLE_RATIO: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw Object.assign(new Error(`uvicorn exited (${child.exitCode}): ${stderr}`), { stderr });
    try {
      await fetch(`${url}${app.probe}`);
      return {
        url,
        child,
        stderr: () => stderr,
        stop: async () => {
          if (child.exitCode !== null) return;
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
  throw new Error(`uvicorn did not start: ${stderr}`);
}
