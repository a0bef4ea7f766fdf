// lib/db/statement-cache.ts on a real SQLite file: a text prepared again gets the
// statement kept for it, one still being iterated gets a fresh one, the kept texts stay
// within their budget (least recently used dropped first), a kept statement still runs
// after the schema changed under it, and Kysely's writes and reads through it are whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { keepingStatements } from '../../lib/db/statement-cache';

function fileDatabase(t: { after: (fn: () => void) => void }): Database.Database {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hopscope-statements-'));
  const database = new Database(path.join(dir, 'store.db'));
  t.after(() => {
    database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  database.exec('CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL, n REAL NOT NULL)');
  return database;
}

test('a text prepared again gets the statement kept for it; a busy one gets a fresh one', (t) => {
  const database = fileDatabase(t);
  const kept = keepingStatements(database);
  const insert = 'INSERT INTO item (name, n) VALUES (?, ?)';
  const first = kept.prepare(insert);
  assert.equal(kept.prepare(insert), first);
  first.run(['a', 1]);
  first.run(['b', 2]);
  const select = 'SELECT name FROM item ORDER BY id';
  const iterating = kept.prepare(select);
  const rows = iterating.iterate([]);
  assert.deepEqual(rows.next().value, { name: 'a' });
  const meanwhile = kept.prepare(select);
  assert.notEqual(meanwhile, iterating, 'the iterated statement is busy: a fresh one');
  assert.deepEqual(meanwhile.all([]), [{ name: 'a' }, { name: 'b' }]);
  assert.deepEqual(rows.next().value, { name: 'b' });
  assert.equal(rows.next().done, true);
  assert.equal(kept.prepare(select), iterating, 'done iterating: the kept one again');
});

test('kept texts stay within their budget, least recently used dropped first', (t) => {
  const database = fileDatabase(t);
  const kept = keepingStatements(database);
  // Texts of 100,000 characters: five fit the 500,000 budget.
  const text = (k: number) => `SELECT ${k} AS k /* ${'x'.repeat(100_000 - 30)} */`;
  const first = kept.prepare(text(0));
  const statements = [first];
  for (let k = 1; k < 5; k++) statements.push(kept.prepare(text(k)));
  assert.equal(kept.prepare(text(0)), first, 'five fit');
  kept.prepare(text(5)); // drops the least recently used: text(1)
  assert.equal(kept.prepare(text(0)), first);
  assert.notEqual(kept.prepare(text(1)), statements[1], 'text(1) was dropped and compiled again');
  const huge = `SELECT 1 AS k /* ${'y'.repeat(600_000)} */`;
  assert.notEqual(kept.prepare(huge), kept.prepare(huge), 'a text over the whole budget is never kept');
});

test('a kept statement runs after the schema changed under it', (t) => {
  const database = fileDatabase(t);
  const kept = keepingStatements(database);
  const select = 'SELECT * FROM item';
  const statement = kept.prepare(select);
  database.exec("INSERT INTO item (name, n) VALUES ('a', 1)");
  database.exec("ALTER TABLE item ADD COLUMN note TEXT NOT NULL DEFAULT 'new'");
  assert.equal(kept.prepare(select), statement);
  assert.deepEqual(statement.all([]), [{ id: 1, name: 'a', n: 1, note: 'new' }]);
});

test("Kysely's writes and reads through it are whole, repeated", async (t) => {
  const database = fileDatabase(t);
  const db = new Kysely<{ item: { id: number | null; name: string; n: number } }>({
    dialect: new SqliteDialect({ database: keepingStatements(database) }),
  });
  for (let round = 0; round < 3; round++) {
    await db
      .insertInto('item')
      .values(Array.from({ length: 50 }, (_, i) => ({ id: i, name: `item ${i}`, n: round })))
      .onConflict((oc) => oc.column('id').doUpdateSet({ n: sql`n + excluded.n` }))
      .execute();
  }
  const rows = await db.selectFrom('item').select(['id', 'name', 'n']).orderBy('id').execute();
  assert.equal(rows.length, 50);
  assert.deepEqual(rows[7], { id: 7, name: 'item 7', n: 0 + 1 + 2 });
});
