// The Pythons that run the Python producers: virtual environments made here, under .venv/,
// from pinned requirements (instrumentation/python/requirements/), with the package itself
// installed into each from its source, as users install it (`pip install
// './instrumentation/python[django]'`). Django 5.2 and 4.2 LTS are the supported lines; 3.2
// (end of life) is the legacy row, the one threading model where requests share one sync
// thread. `fastapi` holds current FastAPI, Starlette and uvicorn (and no Django).
//   npx tsx scripts/python.ts        makes (or refreshes) every environment
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const PACKAGE = path.join(ROOT, 'instrumentation', 'python');
const REQUIREMENTS = path.join(PACKAGE, 'requirements');

/** Newest first: the demo runs the first; the last is the legacy row. */
export const DJANGO_ENVS = ['django-5.2', 'django-4.2', 'django-3.2'] as const;
export const PYTHON_ENVS = [...DJANGO_ENVS, 'fastapi'] as const;
export type PythonEnv = (typeof PYTHON_ENVS)[number];

export const pythonOf = (env: PythonEnv) => path.join(ROOT, '.venv', env, 'bin', 'python');

/** What an environment is made of: its requirements and the package's source. */
function fingerprint(env: PythonEnv): string {
  const hash = crypto.createHash('sha256').update(fs.readFileSync(path.join(REQUIREMENTS, `${env}.txt`)));
  const visit = (p: string) => {
    for (const name of fs.readdirSync(p).sort()) {
      const f = path.join(p, name);
      if (fs.statSync(f).isDirectory()) {
        if (name !== '__pycache__') visit(f);
      } else hash.update(name).update(fs.readFileSync(f));
    }
  };
  for (const pkg of ['hopscope', 'hopscope_django', 'hopscope_starlette']) visit(path.join(PACKAGE, pkg));
  hash.update(fs.readFileSync(path.join(PACKAGE, 'pyproject.toml')));
  return hash.digest('hex');
}

/**
 * The environment's Python, made or refreshed when its requirements or the package's source
 * changed (seconds when only the source did). Throws with pip's words when it cannot be
 * made (no python3, no network to PyPI).
 */
export function ensurePythonEnv(env: PythonEnv, log: (line: string) => void = () => {}): string {
  const dir = path.join(ROOT, '.venv', env);
  const stamp = path.join(dir, '.hopscope-fingerprint');
  const want = fingerprint(env);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want && fs.existsSync(pythonOf(env)))
    return pythonOf(env);
  const run = (cmd: string, args: string[]) => {
    try {
      execFileSync(cmd, args, {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1' },
      });
    } catch (err) {
      const e = err as { stderr?: Buffer; message: string };
      throw new Error(
        `${env}: ${cmd} ${args.join(' ')} failed: ${e.stderr?.toString().trim().split('\n').slice(-3).join(' ') || e.message}`,
      );
    }
  };
  if (!fs.existsSync(pythonOf(env))) {
    log(`[python] making ${path.relative(ROOT, dir)} (${env}, pinned, from PyPI)…`);
    run('python3', ['-m', 'venv', dir]);
  }
  run(pythonOf(env), ['-m', 'pip', 'install', '--quiet', '-r', path.join(REQUIREMENTS, `${env}.txt`)]);
  // The package from its source, as users install it; its build needs only the pinned setuptools.
  run(pythonOf(env), [
    '-m',
    'pip',
    'install',
    '--quiet',
    '--no-deps',
    '--no-build-isolation',
    '--force-reinstall',
    PACKAGE,
  ]);
  fs.writeFileSync(stamp, want);
  return pythonOf(env);
}

if (require.main === module) {
  for (const env of PYTHON_ENVS) console.log(`${env}: ${ensurePythonEnv(env, console.log)}`);
}
