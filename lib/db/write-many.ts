// Many rows in one statement: INSERT … ON CONFLICT (key) DO UPDATE or DO NOTHING, the same
// SQL on SQLite (3.24+) and PostgreSQL. Prisma has no bulk upsert, and one round trip per
// row is what held ingest back (about 1 ms per row through the client engine); this sends
// a few hundred rows per round trip through Prisma's raw query API, bound parameters only.
import type { Tx } from './client';
import { Prisma } from './generated/sqlite';
import type { Provider } from './url';

type ColumnType = 'text' | 'int' | 'real' | 'bool' | 'time';
export type Row = Record<string, string | number | boolean | null>;

// Column types from the schema itself (both stores share the models), so a statement can
// never disagree with prisma/schema.prisma.
const TYPES: Record<string, ColumnType> = { String: 'text', Int: 'int', Float: 'real', Boolean: 'bool', DateTime: 'time' };
const modelColumns = new Map<string, Map<string, ColumnType>>();

function columnsOf(model: string): Map<string, ColumnType> {
  let columns = modelColumns.get(model);
  if (columns === undefined) {
    const fields = Prisma.dmmf.datamodel.models.find((m) => m.name === model)?.fields;
    if (fields === undefined) throw new Error(`no model ${model} in the schema`);
    columns = new Map(fields.filter((f) => f.type in TYPES).map((f) => [f.name, TYPES[f.type]]));
    modelColumns.set(model, columns);
  }
  return columns;
}

// SQLite allows 32766 bound parameters per statement, PostgreSQL 65535.
const MAX_PARAMS = 30_000;

/** The value as the store's column holds it: SQLite keeps Hopscope's DateTime as epoch ms
 *  (lib/db/adapter.ts) and booleans as 0/1; PostgreSQL gets timestamps as UTC ISO text. */
function bind(provider: Provider, type: ColumnType, v: string | number | boolean | null): string | number | boolean | null {
  if (v === null) return null;
  if (type === 'time') return provider === 'sqlite' ? (v as number) : new Date(v as number).toISOString().slice(0, -1);
  if (type === 'bool') return provider === 'sqlite' ? (v ? 1 : 0) : v;
  return v;
}

function placeholder(provider: Provider, type: ColumnType, n: number): string {
  if (provider === 'sqlite') return '?';
  return type === 'time' ? `$${n}::timestamp(3)` : `$${n}`;
}

export type OnConflict = {
  /** The columns of the unique index a row may collide on. */
  key: readonly string[];
  /** 'ignore' keeps the stored row; 'update' (the default) overwrites its columns except `keep`. */
  action?: 'update' | 'ignore';
  keep?: readonly string[];
};

/** Inserts `rows` (all with the same fields, a date as epoch ms) into the table of `model`;
 *  a row whose key is taken updates or leaves the stored one. */
export async function writeMany(tx: Tx, provider: Provider, model: string, rows: Row[], conflict: OnConflict): Promise<void> {
  if (rows.length === 0) return;
  const types = columnsOf(model);
  const names = Object.keys(rows[0]);
  const columns: Record<string, ColumnType> = {};
  for (const n of names) {
    const type = types.get(n);
    if (type === undefined) throw new Error(`${model} has no column ${n}`);
    columns[n] = type;
  }
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / names.length));
  const keep = new Set([...conflict.key, ...(conflict.keep ?? [])]);
  const update = names
    .filter((n) => !keep.has(n))
    .map((n) => `"${n}" = excluded."${n}"`)
    .join(', ');
  const onConflict = `ON CONFLICT (${conflict.key.map((n) => `"${n}"`).join(', ')}) ` + (conflict.action === 'ignore' ? 'DO NOTHING' : `DO UPDATE SET ${update}`);
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const params: (string | number | boolean | null)[] = [];
    const tuples = chunk.map((row) => {
      const slots = names.map((n) => {
        params.push(bind(provider, columns[n], row[n]));
        return placeholder(provider, columns[n], params.length);
      });
      return `(${slots.join(', ')})`;
    });
    const sql = `INSERT INTO "${model}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES ${tuples.join(', ')} ${onConflict}`;
    await tx.$executeRawUnsafe(sql, ...params);
  }
}
