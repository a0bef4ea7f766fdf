// A SQLite connection that keeps the statements it prepared, for Kysely's SQLite dialect:
// Kysely prepares every statement it runs, and SQLite compiles the text each time. The
// writer's upserts repeat a few shapes (write.ts builds each once), and compiling one cost
// more than running it: an 800-row upsert, 0.93 ms to prepare and 0.83 ms to run
// (better-sqlite3, this machine). So the compiled statements are kept, least recently used
// dropped first, by the length of their text: a compiled upsert holds about 40 bytes of
// memory per character of SQL (715 KB for that 800-row one, 17,701 characters), and
// MAX_TEXT bounds them to about 20 MB a connection.
//
// SQLite recompiles a kept statement itself when the schema changed under it. A statement
// still being iterated is busy: the same text then gets a fresh one, not kept.
import type Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';
import { LRUCache } from 'lru-cache';

const MAX_TEXT = 500_000;

export function keepingStatements(database: Database.Database): SqliteDatabase {
  const kept = new LRUCache<string, Database.Statement>({
    maxSize: MAX_TEXT,
    sizeCalculation: (_statement, sql) => sql.length,
  });
  return {
    close: () => {
      kept.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      const statement = kept.get(sql);
      if (statement !== undefined && !statement.busy) return statement;
      const prepared = database.prepare(sql);
      // (A text longer than the whole budget is not kept: LRUCache refuses it.)
      if (statement === undefined) kept.set(sql, prepared);
      return prepared;
    },
  };
}
