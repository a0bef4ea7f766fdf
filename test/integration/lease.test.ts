// The alert evaluator's lease on both stores: one holder at a time among replicas, renewed
// by its holder, taken over only once it lapses.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { holdLease } from '../../lib/alerts/lease';
import { createDb, type Db } from '../../lib/db/client';
import { migrate } from '../../lib/db/migrate';
import { storeFromUrl } from '../../lib/db/url';
import { postgresStore, sqliteStore, type TestStore } from '../helpers/stores';

for (const [name, make] of [
  ['SQLite', sqliteStore],
  ['PostgreSQL', postgresStore],
] as const) {
  describe(`lease (${name})`, () => {
    let store: TestStore;
    let a: Db;
    let b: Db;
    after(async () => {
      await a?.$disconnect();
      await b?.$disconnect();
      await store?.cleanup();
    });

    test('two replicas asking at once: exactly one holds it; the other takes over once it lapses', async () => {
      store = await make();
      await migrate(storeFromUrl(store.url));
      // Two clients, as two replicas have.
      a = createDb(storeFromUrl(store.url));
      b = createDb(storeFromUrl(store.url));
      const t0 = new Date();
      const ask = [
        () => holdLease(a, 'alerts', 'replica-a', 3000, t0),
        () => holdLease(b, 'alerts', 'replica-b', 3000, t0),
      ];
      // PostgreSQL: at the same moment, as replicas do. SQLite's driver is synchronous, so two
      // clients in one process would wait on each other's lock; there they ask in turn.
      const first = name === 'PostgreSQL' ? await Promise.all(ask.map((f) => f())) : [await ask[0](), await ask[1]()];
      assert.equal(first.filter(Boolean).length, 1, `both or neither held it: ${first}`);
      const holder = first[0] ? 'replica-a' : 'replica-b';
      const other = holder === 'replica-a' ? 'replica-b' : 'replica-a';
      // The holder renews; the other is refused while it is renewed.
      const t1 = new Date(t0.getTime() + 2000);
      assert.equal(await holdLease(a, 'alerts', holder, 3000, t1), true);
      assert.equal(await holdLease(b, 'alerts', other, 3000, t1), false);
      // The holder stops renewing (it crashed): after the lease lapses the other takes it, once.
      const t2 = new Date(t1.getTime() + 3001);
      assert.equal(await holdLease(b, 'alerts', other, 3000, t2), true);
      assert.equal(await holdLease(a, 'alerts', holder, 3000, t2), false);
    });
  });
}
