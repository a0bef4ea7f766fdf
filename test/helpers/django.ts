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

/** Starts uvicorn; resolves when it answers, rejects with its stderr when it exits first. */
export async function startDjango(env: Record<string, string>): Promise<DjangoApp> {
  const port = await freePort();
  const child = spawn(PYTHON, ['-m', 'uvicorn', 'project.asgi:application', '--host', '127.0.0.1', '--port', String(port), '--log-level', 'warning'], {
    cwd: path.join(DJANGO_DIR, 'tests'),
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
      await fetch(`${url}/items/0`);
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
