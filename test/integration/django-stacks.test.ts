// Why it blocks, Django: with HOPSCOPE_PROFILE=true the producer samples the stacks of the
// threads its middleware run on (stacks.py). Ground truth: the test project's SyncHashing
// middleware calls hash_password() (hashlib.pbkdf2_hmac) on every request, and AsyncCapable
// only awaits; every Django in the matrix, under its server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MiddlewareStacks } from '../../lib/query/stacks';
import { getJson, startDashboard, type Dashboard } from '../helpers/dashboard';
import { djangoMatrix, startPythonApp, type PythonApp } from '../helpers/python-apps';
import { sqliteStore, type TestStore } from '../helpers/stores';

const HASHING = 'project.middleware.SyncHashing';
const AWAITING = 'project.middleware.AsyncCapable';

for (const runtime of djangoMatrix()) {
  describe(`django stacks: ${runtime.label}`, () => {
    let store: TestStore;
    let dashboard: Dashboard;
    let app: PythonApp;
    before(async () => {
      store = sqliteStore();
      dashboard = await startDashboard(store.url);
      app = await startPythonApp(
        {
          HOPSCOPE_ENDPOINT: dashboard.url,
          HOPSCOPE_SERVICE_NAME: 'django-stacks',
          HOPSCOPE_PROFILE: 'true',
          HOPSCOPE_PROFILE_INTERVAL_MS: '2',
          TEST_MIDDLEWARE: `${HASHING},${AWAITING}`,
          TEST_DEFAULT_MIDDLEWARE: '0',
        },
        runtime,
      );
    });
    after(async () => {
      await app?.stop();
      await dashboard?.stop();
      await store?.cleanup();
    });

    test('a sync-only middleware hashing: hash_password tops its samples; one that only awaits has almost none', async () => {
      for (let i = 0; i < 30; i++) assert.equal((await fetch(`${app.url}/items/${i}`)).status, 200);
      const stacksOf = (name: string) =>
        getJson<MiddlewareStacks>(`${dashboard.url}/api/services/django-stacks/middleware/${name}/stacks?range=15m`);
      let hashing: MiddlewareStacks | undefined;
      for (const deadline = Date.now() + 15_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
        const r = await stacksOf(HASHING);
        if (r.status === 200 && r.body.samples >= 30) {
          hashing = r.body;
          break;
        }
      }
      assert.ok(hashing, `SyncHashing's stacks arrived: ${app.stderr()}`);
      assert.ok(
        hashing.hottest !== null &&
          hashing.hottest.frame.startsWith('hash_password (project/middleware.py:') &&
          hashing.hottest.share >= 0.8,
        `hottest ${JSON.stringify(hashing.hottest)}; ${hashing.stacks
          .slice(0, 3)
          .map((s) => s.stack.split(';').slice(-3).join(';'))
          .join(' | ')}`,
      );
      const awaiting = (await stacksOf(AWAITING)).body;
      assert.ok(
        awaiting.samples <= 0.05 * hashing.samples,
        `AsyncCapable: ${awaiting.samples} samples against ${hashing.samples}`,
      );
    });
  });
}
