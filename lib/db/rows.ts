// Many rows in one statement, the same SQL on SQLite (3.35+) and PostgreSQL, with bound
// parameters only: INSERT … ON CONFLICT (key) DO UPDATE or DO NOTHING (RETURNING what was
// new), SELECT … WHERE column = / IN / within a range, sums per time step grouped by the
// database. Prisma has no bulk upsert; one round trip per row is what held ingest back
// (about 1 ms per row), and a model query costs ~10× a raw one of the same size in its
// client engine (it is compiled for every call), so the hot paths speak SQL, and the ones
// that move histograms (the writer's, the pages' reads) speak it to the driver itself
// (lib/db/adapter.ts says why).
import type { ReadRows } from './adapter';
import { providerOf, readerOf, type Db } from './client';
import { Prisma } from './generated/sqlite';
import type { Provider } from './url';

type ColumnType = 'text' | 'int' | 'real' | 'bool' | 'time' | 'bytes';
export type Row = Record<string, string | number | boolean | Uint8Array | null>;

// Column types from the schema itself (both stores share the models), so a statement can
// never disagree with prisma/schema.prisma.
const TYPES: Record<string, ColumnType> = {
  String: 'text',
  Int: 'int',
  Float: 'real',
  Boolean: 'bool',
  DateTime: 'time',
  Bytes: 'bytes',
};
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

/** Where statements go: a transaction's query on the driver (lib/db/adapter.ts), and which store it is. */
export type Statements = { query: ReadRows; provider: Provider };

const isStatements = (x: Db | Statements): x is Statements =>
  typeof (x as Statements).query === 'function' && typeof (x as Statements).provider === 'string';

// SQLite allows 32766 bound parameters per statement, PostgreSQL 65535.
const MAX_PARAMS = 30_000;

/** A time as PostgreSQL's timestamp(3) columns hold it: UTC, without a zone. */
export const pgTimestamp = (ms: number): string => new Date(ms).toISOString().slice(0, -1);

/** The value as the store's column holds it: SQLite keeps Hopscope's DateTime as epoch ms
 *  (lib/db/adapter.ts) and booleans as 0/1; PostgreSQL gets timestamps as UTC ISO text. */
function bind(provider: Provider, type: ColumnType, v: Row[string]): Row[string] {
  if (v === null) return null;
  if (type === 'time') return provider === 'sqlite' ? (v as number) : pgTimestamp(v as number);
  if (type === 'bool') return provider === 'sqlite' ? (v ? 1 : 0) : v;
  // A Buffer view of the same memory: both drivers bind Buffers as binary.
  if (type === 'bytes' && v instanceof Uint8Array && !Buffer.isBuffer(v))
    return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  return v;
}

function placeholder(provider: Provider, type: ColumnType, n: number): string {
  const p = provider === 'sqlite' ? '?' : `$${n}`;
  return type === 'time' && provider === 'postgresql' ? `${p}::timestamp(3)` : p;
}

/** A statement's parameters, and `slot(type, value)` that binds one and returns its placeholder. */
function parameters(provider: Provider) {
  const params: Row[string][] = [];
  const slot = (type: ColumnType, v: Row[string]) => {
    params.push(bind(provider, type, v));
    return placeholder(provider, type, params.length);
  };
  return { params, slot };
}

export type OnConflict = {
  /** The columns of the unique index a row may collide on. */
  key: readonly string[];
  /** 'ignore' keeps the stored row; 'update' (the default) overwrites its columns except `keep`. */
  action?: 'update' | 'ignore';
  keep?: readonly string[];
  /** A column to return for each row inserted or updated (not for one left alone). */
  returning?: string;
};

/** Inserts `rows` (all with the same fields, a date as epoch ms) into the table of `model`;
 *  a row whose key is taken updates or leaves the stored one. Returns the `returning`
 *  column of the rows written. */
export async function writeMany(
  { query, provider }: Statements,
  model: string,
  rows: Row[],
  conflict: OnConflict,
): Promise<unknown[]> {
  const written: unknown[] = [];
  if (rows.length === 0) return written;
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
  const onConflict =
    `ON CONFLICT (${conflict.key.map((n) => `"${n}"`).join(', ')}) ` +
    (conflict.action === 'ignore' ? 'DO NOTHING' : `DO UPDATE SET ${update}`);
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const { params, slot } = parameters(provider);
    const tuples = chunk.map((row) => `(${names.map((n) => slot(columns[n], row[n])).join(', ')})`);
    const sql = `INSERT INTO "${model}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES ${tuples.join(', ')} ${onConflict}`;
    if (conflict.returning === undefined) await query(sql, params);
    else {
      const r = conflict.returning;
      for (const row of await query(`${sql} RETURNING "${r}"`, params)) written.push(row[r]);
    }
  }
  return written;
}

/** A condition on one column: equal to a value, null (IS NULL), one of a list (not empty), or a time within [gte, lt). */
export type Condition = string | number | boolean | Date | null | readonly Row[string][] | { gte: Date; lt: Date };

/** The WHERE clause of `where` on `model`, its values bound through `slot`, and the type of
 *  a column (an unknown column is an error). */
function conditionsOf(model: string, provider: Provider, where: Record<string, Condition>) {
  const types = columnsOf(model);
  const { params, slot } = parameters(provider);
  const typeOf = (name: string): ColumnType => {
    const type = types.get(name);
    if (type === undefined) throw new Error(`${model} has no column ${name}`);
    return type;
  };
  const conditions = Object.entries(where).map(([name, c]) => {
    const type = typeOf(name);
    const value = (v: Date | Row[string]) => slot(type, v instanceof Date ? v.getTime() : v);
    if (c === null) return `"${name}" IS NULL`;
    if (c instanceof Date || typeof c !== 'object') return `"${name}" = ${value(c)}`;
    if ('gte' in c) return `"${name}" >= ${value(c.gte)} AND "${name}" < ${value(c.lt)}`;
    if (c.length === 0) throw new Error(`${model}.${name}: an empty list of values`);
    return `"${name}" IN (${c.map((v) => value(v)).join(', ')})`;
  });
  return { sql: conditions.join(' AND '), params, typeOf };
}

/**
 * The `columns` of the rows of `model` that meet every condition of `where`, as Prisma's
 * findMany would type them (DateTime as Date, Bytes as a Buffer), but read through the
 * driver: the client's reader, or a transaction's `query` (lib/db/adapter.ts says why).
 */
export async function readWhere<T>(
  from: Db | Statements,
  model: string,
  columns: readonly string[],
  where: Record<string, Condition>,
): Promise<T[]> {
  const { query, provider } = isStatements(from) ? from : { query: readerOf(from), provider: providerOf(from) };
  const { sql: conditions, params, typeOf } = conditionsOf(model, provider, where);
  // Times come back as epoch ms from both stores (SQLite holds them so), booleans as 0/1
  // from SQLite; both are made what Prisma would return.
  const times = columns.filter((c) => typeOf(c) === 'time');
  const bools = columns.filter((c) => typeOf(c) === 'bool');
  const select = columns.map((c) =>
    provider === 'postgresql' && times.includes(c) ? `(EXTRACT(EPOCH FROM "${c}") * 1000)::float8 AS "${c}"` : `"${c}"`,
  );
  const rows = await query(`SELECT ${select.join(', ')} FROM "${model}" WHERE ${conditions}`, params);
  if (times.length > 0 || bools.length > 0) {
    for (const row of rows) {
      for (const c of times) if (row[c] !== null) row[c] = new Date(Number(row[c]));
      for (const c of bools) row[c] = row[c] === true || row[c] === 1;
    }
  }
  return rows as T[];
}

/**
 * Over the rows of `model` that meet `where`, per distinct value of the text column `by`
 * (or all as one row without it): the SUM of each `sum` column and the AVG of each `avg`
 * one, named as the column, through the driver. A Prisma aggregate or groupBy costs several
 * ms of its client engine per call, and the ranking makes them on every answer.
 */
export async function aggregateWhere(
  db: Db,
  model: string,
  q: { by?: string; sum?: readonly string[]; avg?: readonly string[] },
  where: Record<string, Condition>,
): Promise<{ by: string | null; values: Record<string, number | null> }[]> {
  const { sql: conditions, params, typeOf } = conditionsOf(model, providerOf(db), where);
  const names = [...(q.sum ?? []), ...(q.avg ?? [])];
  for (const n of q.by === undefined ? names : [q.by, ...names]) typeOf(n);
  const values = [...(q.sum ?? []).map((c) => `SUM("${c}")`), ...(q.avg ?? []).map((c) => `AVG("${c}")`)].map(
    (e, i) => `${e} AS a${i}`,
  );
  const sql =
    q.by === undefined
      ? `SELECT ${values.join(', ')} FROM "${model}" WHERE ${conditions}`
      : `SELECT "${q.by}" AS by_value, ${values.join(', ')} FROM "${model}" WHERE ${conditions} GROUP BY 1`;
  // PostgreSQL sends SUMs of integers and AVGs as bigint or numeric text.
  return (await readerOf(db)(sql, params)).map((r) => ({
    by: q.by === undefined ? null : String(r.by_value),
    values: Object.fromEntries(names.map((n, i) => [n, r[`a${i}`] === null ? null : Number(r[`a${i}`])])),
  }));
}

export type StepSums = { slot: number; by: string | null; sums: number[] };

/**
 * Per step of `stepMs` counted from `origin` (by the "bucket" column), and per `by` column
 * when given: the sums of `sums` over the rows of `model` equal to `equal` with bucket in
 * [from, to). The database groups, so a day of minutes comes back as a few thousand sums
 * instead of tens of thousands of rows.
 */
export async function sumPerStep(
  db: Db,
  model: string,
  q: {
    by?: string;
    sums: readonly string[];
    equal: Record<string, Row[string]>;
    from: number;
    to: number;
    origin: number;
    stepMs: number;
  },
): Promise<StepSums[]> {
  const types = columnsOf(model);
  const provider = providerOf(db);
  const { params, slot: param } = parameters(provider);
  const slot =
    provider === 'sqlite'
      ? `CAST(("bucket" - ${param('real', q.origin)}) / ${param('real', q.stepMs)} AS INTEGER)`
      : `FLOOR((EXTRACT(EPOCH FROM "bucket")::float8 * 1000 - ${param('real', q.origin)}::float8) / ${param('real', q.stepMs)}::float8)::integer`;
  const conditions = Object.entries(q.equal).map(([name, v]) => `"${name}" = ${param(types.get(name) ?? 'text', v)}`);
  conditions.push(`"bucket" >= ${param('time', q.from)}`, `"bucket" < ${param('time', q.to)}`);
  const by = q.by === undefined ? 'NULL' : `"${q.by}"`;
  const sums = q.sums.map((c, i) => `SUM("${c}") AS s${i}`).join(', ');
  const sql = `SELECT ${slot} AS slot, ${by} AS by_value, ${sums} FROM "${model}" WHERE ${conditions.join(' AND ')} GROUP BY 1, 2`;
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params);
  // Sums of integer columns come back as BigInt on both stores.
  return rows.map((r) => ({
    slot: Number(r.slot),
    by: r.by_value === null ? null : String(r.by_value),
    sums: q.sums.map((_, i) => Number(r[`s${i}`] ?? 0)),
  }));
}
