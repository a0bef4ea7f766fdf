// The dashboard most suites need: on a fresh SQLite file, started before the enclosing
// describe's tests and stopped (its file removed) after them.
import { after, before } from 'node:test';
import { startDashboard, type Dashboard } from './dashboard';
import { sqliteStore, type TestStore } from './stores';

/** Call inside a describe; read `.url` inside its tests. `env`: the dashboard's settings. */
export function dashboardForSuite(env: Record<string, string> = {}): { readonly url: string } {
  let store: TestStore | undefined;
  let dashboard: Dashboard | undefined;
  before(async () => {
    store = sqliteStore();
    dashboard = await startDashboard(store.url, env);
  });
  after(async () => {
    await dashboard?.stop();
    await store?.cleanup();
  });
  return {
    get url() {
      if (dashboard === undefined) throw new Error('the suite dashboard is read before its before() hook ran');
      return dashboard.url;
    },
  };
}
