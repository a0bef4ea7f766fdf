// Real stores for tests: a fresh SQLite file, or a fresh database on the PostgreSQL
// server at TEST_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/test).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type TestStore = { url: string; cleanup(): Promise<void> };

export function sqliteStore(): TestStore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hopscope-test-'));
  return {
    url: `file:${path.join(dir, 'hopscope.db')}`,
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export const POSTGRES_ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

export async function postgresStore(): Promise<TestStore> {
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(
      `PostgreSQL tests need a server at ${POSTGRES_ADMIN_URL} (set TEST_DATABASE_URL to use another): ${(err as Error).message}. ` +
        'Start the local one with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
    );
  }
  const name = `hopscope_test_${crypto.randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    cleanup: async () => {
      const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
