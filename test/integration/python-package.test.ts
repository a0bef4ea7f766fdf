// hopscope as a Python package: its pytest suites in every environment (Django's in each of
// the matrix, Starlette's in the FastAPI one, against the package as installed there), and the
// README's setups followed as written, each in a virtual environment made empty for it:
// `pip install './instrumentation/python[django]'`, `django-admin startproject`, the two lines
// in asgi.py, uvicorn, the dashboard sees it; `pip install './instrumentation/python[starlette]'`
// with FastAPI, the two lines before the app is made, uvicorn, the dashboard sees it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ServiceSummary } from '../../lib/query/types';
import { PYTHON_ENVS, ensurePythonEnv } from '../../scripts/python';
import { freePort } from '../../scripts/net';
import { getJson, startDashboard, type Dashboard } from '../helpers/dashboard';
import { sqliteStore, type TestStore } from '../helpers/stores';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = path.join(ROOT, 'instrumentation', 'python');

/** A requirement pinned in an environment's requirements file, e.g. `uvicorn==0.55.0`. */
const pinned = (env: string, name: string) =>
  fs
    .readFileSync(path.join(PACKAGE, 'requirements', `${env}.txt`), 'utf8')
    .match(new RegExp(`^${name}==\\S+$`, 'm'))![0];

describe('hopscope, the Python package', () => {
  for (const env of PYTHON_ENVS) {
    test(`its pytest suite passes on ${env}, against the package as installed`, async () => {
      const python = ensurePythonEnv(env, console.log);
      // The environment's pytest script, not `python -m pytest`: that would put the source
      // tree first on the path and test it instead of the installed package.
      const pytest = path.join(path.dirname(python), 'pytest');
      try {
        const suite = env === 'fastapi' ? 'tests/starlette' : 'tests/django';
        const { stdout } = await run(pytest, ['-q', '-p', 'no:cacheprovider', suite], {
          cwd: PACKAGE,
          timeout: 120_000,
        });
        assert.match(stdout, /\d+ passed/);
      } catch (err) {
        const e = err as { stdout?: string; stderr?: string };
        assert.fail(`pytest failed on ${env}:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
      }
    });
  }

  describe("the README's setups, as written, each in an empty virtual environment", () => {
    let store: TestStore;
    let dashboard: Dashboard;
    let dir: string;
    before(async () => {
      store = sqliteStore();
      dashboard = await startDashboard(store.url);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hopscope-python-setup-'));
    });
    after(async () => {
      await dashboard?.stop();
      await store?.cleanup();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    /** A new virtual environment with `requirements` installed; its bin/<name>. */
    async function venvWith(name: string, requirements: string[]): Promise<(bin: string) => string> {
      const venv = path.join(dir, name);
      await run('python3', ['-m', 'venv', venv]);
      const bin = (b: string) => path.join(venv, 'bin', b);
      await run(bin('pip'), ['install', '--quiet', ...requirements], { cwd: dir, timeout: 300_000 });
      return bin;
    }

    /** The app under uvicorn (`command args`), sent to the dashboard: it answers `probe` and
     *  the dashboard lists `service` at version 1.0.0. */
    async function servedAndListed(
      command: string,
      args: string[],
      cwd: string,
      probe: string,
      service: string,
      env: Record<string, string> = {},
    ) {
      const port = await freePort();
      const server = spawn(
        command,
        [...args, '--host', '127.0.0.1', '--port', String(port), '--log-level', 'warning'],
        {
          cwd,
          env: { ...process.env, HOPSCOPE_ENDPOINT: dashboard.url, HOPSCOPE_EXPORT_INTERVAL: '1', ...env },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      let stderr = '';
      server.stderr!.on('data', (d) => (stderr += d));
      try {
        let answered = 0;
        for (const deadline = Date.now() + 20_000; answered < 5 && Date.now() < deadline;) {
          try {
            if ((await fetch(`http://127.0.0.1:${port}${probe}`)).status === 200) answered++;
          } catch {
            await new Promise((r) => setTimeout(r, 200));
          }
        }
        assert.equal(answered, 5, `uvicorn: ${stderr}`);
        let found: ServiceSummary | undefined;
        for (const deadline = Date.now() + 15_000; found === undefined && Date.now() < deadline;) {
          const { body } = await getJson<{ services: ServiceSummary[] }>(`${dashboard.url}/api/services`);
          found = body.services.find((s) => s.name === service);
          if (found === undefined) await new Promise((r) => setTimeout(r, 250));
        }
        assert.ok(found, `the dashboard never heard of ${service}: ${stderr}`);
        assert.deepEqual(found.versions, ['1.0.0']);
      } finally {
        const exited = new Promise((r) => server.once('exit', r));
        server.kill('SIGTERM');
        await exited;
      }
    }

    test("pip install './instrumentation/python[django]', startproject, two lines in asgi.py: the dashboard lists the service", async () => {
      // The extra brings Django and asgiref; the ASGI server is the project's choice.
      const bin = await venvWith('django', [`${PACKAGE}[django]`, pinned('django-5.2', 'uvicorn')]);
      await run(bin('django-admin'), ['startproject', 'mysite'], { cwd: dir });
      const asgi = path.join(dir, 'mysite', 'mysite', 'asgi.py');
      const original = fs.readFileSync(asgi, 'utf8');
      // The README: `import hopscope_django` and install() before the application is built.
      fs.writeFileSync(
        asgi,
        original.replace(
          'from django.core.asgi import get_asgi_application',
          'import hopscope_django\nhopscope_django.install(service_name="mysite", service_version="1.0.0")\n\nfrom django.core.asgi import get_asgi_application',
        ),
      );
      assert.match(
        fs.readFileSync(asgi, 'utf8'),
        /hopscope_django\.install\(service_name="mysite"/,
        'startproject wrote the asgi.py the README edits',
      );
      // startproject's URLs: the admin's login page.
      await servedAndListed(
        bin('uvicorn'),
        ['mysite.asgi:application'],
        path.join(dir, 'mysite'),
        '/admin/login/',
        'mysite',
      );
    });

    // One environment for both FastAPI setups: the extra, FastAPI and uvicorn, as the README says.
    let fastapiVenv: Promise<(bin: string) => string> | undefined;
    const fastapiBin = () =>
      (fastapiVenv ??= venvWith('fastapi', [
        `${PACKAGE}[starlette]`,
        pinned('fastapi', 'fastapi'),
        pinned('fastapi', 'uvicorn'),
      ]));
    const MAIN = [
      'from fastapi import FastAPI',
      '',
      'app = FastAPI()',
      '',
      '',
      '@app.get("/items/{item_id}")',
      'async def read_item(item_id: int) -> dict:',
      '    return {"item_id": item_id}',
      '',
    ].join('\n');

    test("pip install './instrumentation/python[starlette]' with FastAPI, two lines before the app: the dashboard lists the service", async () => {
      const bin = await fastapiBin();
      const app = path.join(dir, 'myapi');
      fs.mkdirSync(app);
      // The README's FastAPI example, as written.
      fs.writeFileSync(
        path.join(app, 'main.py'),
        'import hopscope_starlette\nhopscope_starlette.install(service_name="myapi", service_version="1.0.0")\n\n' +
          MAIN,
      );
      await servedAndListed(bin('uvicorn'), ['main:app'], app, '/items/1', 'myapi', {});
    });

    test('zero-code: opentelemetry-instrument uvicorn main:app, the app unchanged, options from HOPSCOPE_*: the dashboard lists the service', async () => {
      const bin = await fastapiBin();
      const app = path.join(dir, 'myapi-zero');
      fs.mkdirSync(app);
      fs.writeFileSync(path.join(app, 'main.py'), MAIN);
      await servedAndListed(
        bin('opentelemetry-instrument'),
        [bin('uvicorn'), 'main:app'],
        app,
        '/items/1',
        'myapi-zero',
        {
          HOPSCOPE_SERVICE_NAME: 'myapi-zero',
          HOPSCOPE_SERVICE_VERSION: '1.0.0',
          // Only Hopscope's producer: no SDK exporters of OpenTelemetry's own.
          OTEL_TRACES_EXPORTER: 'none',
          OTEL_METRICS_EXPORTER: 'none',
          OTEL_LOGS_EXPORTER: 'none',
        },
      );
    });
  });
});
