// npm run maintenance: one pass of downsampling and retention (lib/rollup/maintenance.ts)
// on the store DATABASE_URL names, for cron or for replicas not started by npm start.
import { createDb } from '../lib/db/client';
import { databaseUrl, storeFromUrl } from '../lib/db/url';
import { maintain, retentionFromEnv } from '../lib/rollup/maintenance';

const store = storeFromUrl(databaseUrl());
const db = createDb(store);
maintain(db, retentionFromEnv())
  .then((r) => console.log(JSON.stringify(r)))
  .finally(() => db.$disconnect());
