// Driver adapters for both stores. Prisma 6.19's client engine ("engineType = client")
// and its JavaScript schema engine both talk to the database only through these.
import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { Store } from './url';

// Many concurrent readers (API, SSE) alongside one batched writer.
const PG_POOL_SIZE = 10;

export function migrationAdapter(store: Store): PrismaBetterSQLite3 | PrismaPg {
  if (store.provider === 'sqlite') {
    fs.mkdirSync(path.dirname(store.file), { recursive: true });
    // Wait for a busy writer rather than fail at once: the receiver's writer and the
    // query API share the file. timestampFormat keeps DateTime sortable as integers.
    return new PrismaBetterSQLite3({ url: store.file, timeout: 5000 }, { timestampFormat: 'unixepoch-ms' });
  }
  return new PrismaPg({ connectionString: store.url, max: PG_POOL_SIZE });
}
