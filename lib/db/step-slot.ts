// Which step of `stepMs` counted from `origin` a row's bucket falls in, computed by the
// store, so a day of minutes comes back as a few thousand sums grouped by the database
// instead of tens of thousands of rows. SQLite holds the bucket as epoch ms, PostgreSQL as
// a timestamp (lib/db/store-values.ts).
import { sql, type RawBuilder } from 'kysely';
import type { Provider } from './url';

export function stepSlot(provider: Provider, origin: number, stepMs: number): RawBuilder<number> {
  return provider === 'sqlite'
    ? sql<number>`CAST(("bucket" - ${origin}) / ${stepMs} AS INTEGER)`
    : sql<number>`FLOOR((EXTRACT(EPOCH FROM "bucket")::float8 * 1000 - ${origin}::float8) / ${stepMs}::float8)::integer`;
}
