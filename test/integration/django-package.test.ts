// hopscope_django as a Python package: its own pytest suite in every environment of the
// matrix (against the package as installed there), and the README's setup followed as
// written, in a virtual environment made empty for it: `pip install ./instrumentation/django`,
// `django-admin startproject`, the two lines in asgi.py, uvicorn, the dashboard sees it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ServiceSummary } from '../../lib/query/types';
import { DJANGO_ENVS, ensureDjangoEnv } from '../../scripts/python';
import { freePort } from '../../scripts/net';
import { getJson, startDashboard, type Dashboard } from '../helpers/dashboard';
import { sqliteStore, type TestStore } from '../helpers/stores';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = path.join(ROOT, 'instrumentation', 'django');

describe('hopscope_django, the Python package', () => {
  for (const env of DJANGO_ENVS) {
    test(`its pytest suite passes on ${env}, against the package as installed`, async () => {
      const python = ensureDjangoEnv(env, console.log);
      // The environment's pytest script, not `python -m pytest`: that would put the source
      // tree first on the path and test it instead of the installed package.
      const pytest = path.join(path.dirname(python), 'pytest');
      try {
        const { stdout } = await run(pytest, ['-q', '-p', 'no:cacheprovider'], { cwd: PACKAGE, timeout: 120_000 });
        assert.match(stdout, /\d+ passed/);
      } catch (err) {
        const e = err as { stdout?: string; stderr?: string };
        assert.fail(`pytest failed on ${env}:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
      }
    });
  }

  describe("the README's setup, as written, in an empty virtual environment", () => {
    let store: TestStore;
    let dashboard: Dashboard;
    let dir: string;
    before(async () => {
      store = sqliteStore();
      dashboard = await startDashboard(store.url);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hopscope-django-setup-'));
    });
    after(async () => {
      await dashboard?.stop();
      await store?.cleanup();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test('pip install ./instrumentation/django, startproject, two lines in asgi.py: the dashboard lists the service', async () => {
      const venv = path.join(dir, 'venv');
      await run('python3', ['-m', 'venv', venv]);
      const bin = (name: string) => path.join(venv, 'bin', name);
      // The package brings Django and asgiref; the ASGI server is the project's choice.
      const uvicorn = fs
        .readFileSync(path.join(PACKAGE, 'requirements', 'django-5.2.txt'), 'utf8')
        .match(/^uvicorn==\S+$/m)![0];
      await run(bin('pip'), ['install', '--quiet', PACKAGE, uvicorn], { cwd: dir, timeout: 300_000 });
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
      const port = await freePort();
      const server = spawn(
        bin('uvicorn'),
        ['mysite.asgi:application', '--host', '127.0.0.1', '--port', String(port), '--log-level', 'warning'],
        {
          cwd: path.join(dir, 'mysite'),
          env: { ...process.env, HOPSCOPE_ENDPOINT: dashboard.url, HOPSCOPE_EXPORT_INTERVAL: '1' },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      let stderr = '';
      server.stderr!.on('data', (d) => (stderr += d));
      try {
        let answered = 0;
        for (const deadline = Date.now() + 20_000; answered < 5 && Date.now() < deadline;) {
          try {
            // startproject's URLs: the admin's login page.
            if ((await fetch(`http://127.0.0.1:${port}/admin/login/`)).status === 200) answered++;
          } catch {
            await new Promise((r) => setTimeout(r, 200));
          }
        }
        assert.equal(answered, 5, `uvicorn: ${stderr}`);
        let service: ServiceSummary | undefined;
        for (const deadline = Date.now() + 15_000; service === undefined && Date.now() < deadline;) {
          const { body } = await getJson<{ services: ServiceSummary[] }>(`${dashboard.url}/api/services`);
          service = body.services.find((s) => s.name === 'mysite');
          if (service === undefined) await new Promise((r) => setTimeout(r, 250));
        }
        assert.ok(service, `the dashboard never heard of mysite: ${stderr}`);
        assert.deepEqual(service.versions, ['1.0.0']);
      } finally {
        const exited = new Promise((r) => server.once('exit', r));
        server.kill('SIGTERM');
        await exited;
      }
    });
  });
});
