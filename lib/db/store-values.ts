// One model of values for both stores, whatever each holds: Kysely's table types
// (lib/db/tables.ts, from the PostgreSQL schema) say DateTime is a Date and Boolean a
// boolean, and this plugin makes every statement and every answer agree with them.
//   SQLite holds DateTime as epoch ms (Prisma's adapter is set to 'unixepoch-ms', so the
//   column sorts as an integer) and Boolean as 0/1; better-sqlite3 binds neither a Date
//   nor a boolean. Bound values are turned into what SQLite holds, and the columns the
//   schema types as DateTime or Boolean are turned back on the way out.
//   PostgreSQL holds timestamp(3) without a zone, in UTC. pg would bind a Date in the
//   process's time zone, so a Date is bound as UTC text; its answers are parsed as UTC by
//   the pool's type parsers (lib/db/adapter.ts).
import {
  OperationNodeTransformer,
  PrimitiveValueListNode,
  ValueNode,
  type Kysely,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import { Prisma } from './generated/sqlite';
import type { DB } from './tables';
import type { Provider } from './url';

/** A time as PostgreSQL's timestamp(3) columns hold it: UTC, without a zone. */
export const pgTimestamp = (ms: number): string => new Date(ms).toISOString().slice(0, -1);

/** Column names by what the schema types them as, over every model. A name is one type
 *  everywhere, so an answer's column tells its type without knowing its table. */
function columnsTyped(type: 'DateTime' | 'Boolean'): Set<string> {
  const named = new Set<string>();
  const other = new Set<string>();
  for (const model of Prisma.dmmf.datamodel.models)
    for (const f of model.fields) if (f.kind === 'scalar') (f.type === type ? named : other).add(f.name);
  for (const name of named)
    if (other.has(name))
      throw new Error(
        `prisma/schema.prisma: ${name} is ${type} in one model and not in another; answers are read by name`,
      );
  return named;
}

const TIMES = columnsTyped('DateTime');
const BOOLEANS = columnsTyped('Boolean');

type Bind = (v: unknown) => unknown;

// Marks the plugin by a registered symbol, not its class: Next.js may evaluate this module
// more than once, and a handle made by one copy is used by modules of the other.
const STORE_VALUES = Symbol.for('hopscope.store-values');

/** The store behind `tables` and how it binds a value: its StoreValues plugin. */
export function storeValuesOf(tables: Kysely<DB>): StoreValues {
  const plugin = tables.getExecutor().plugins.find((p): p is StoreValues => STORE_VALUES in p);
  if (plugin === undefined) throw new Error('a Kysely handle made without StoreValues (lib/db/adapter.ts)');
  return plugin;
}

const bindSqlite: Bind = (v) => {
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'boolean') return v ? 1 : 0;
  return bytes(v);
};

const bindPostgres: Bind = (v) => (v instanceof Date ? pgTimestamp(v.getTime()) : bytes(v));

/** A Buffer view of the same memory: both drivers bind Buffers as binary. */
const bytes = (v: unknown) =>
  v instanceof Uint8Array && !Buffer.isBuffer(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength) : v;

class BindValues extends OperationNodeTransformer {
  constructor(private readonly bind: Bind) {
    super();
  }

  protected override transformValue(node: ValueNode): ValueNode {
    return { ...node, value: this.bind(node.value) };
  }

  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return PrimitiveValueListNode.create(node.values.map(this.bind));
  }
}

/** SQLite's epoch ms and 0/1 back into Dates and booleans, by column name. */
function readSqlite(result: QueryResult<UnknownRow>): QueryResult<UnknownRow> {
  const first = result.rows[0];
  if (first === undefined) return result;
  const keys = Object.keys(first);
  const times = keys.filter((k) => TIMES.has(k));
  const booleans = keys.filter((k) => BOOLEANS.has(k));
  if (times.length === 0 && booleans.length === 0) return result;
  for (const row of result.rows) {
    for (const k of times) if (row[k] !== null) row[k] = new Date(Number(row[k]));
    for (const k of booleans) if (row[k] !== null) row[k] = row[k] === 1 || row[k] === true;
  }
  return result;
}

export class StoreValues implements KyselyPlugin {
  readonly [STORE_VALUES] = true;
  private readonly values: BindValues;
  /** A value as the store binds it (for statements whose text is built once: write.ts). */
  readonly bind: Bind;

  constructor(readonly provider: Provider) {
    this.bind = provider === 'sqlite' ? bindSqlite : bindPostgres;
    this.values = new BindValues(this.bind);
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.values.transformNode(args.node);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return this.provider === 'sqlite' ? readSqlite(args.result) : args.result;
  }
}
