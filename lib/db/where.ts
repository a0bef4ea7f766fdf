// Conditions as data: { column: value }, for the reads that pass where-clauses around (a
// scope, a tier's part of a range, the writer's superset of rows) and add to them. Each
// becomes a Kysely expression with its values bound; columns are checked against the
// table's type.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from './tables';

type Value = string | number | boolean | Date;

/** Equal to a value, null (IS NULL), one of a list (not empty), or a time within [gte, lt). */
export type Condition = Value | null | readonly Value[] | { gte: Date; lt: Date };

export type Where<TB extends keyof DB> = { [C in keyof DB[TB] & string]?: Condition };

/** Every condition of `where` on table `TB`, as one Kysely expression (true when empty). */
export function matching<TB extends keyof DB>(where: Where<TB>) {
  return (eb: ExpressionBuilder<DB, TB>): Expression<SqlBool> =>
    eb.and(
      (Object.entries(where) as [string, Condition | undefined][]).flatMap(([name, c]) => {
        if (c === undefined) return [];
        const column = sql.ref(name);
        if (c === null) return [eb(column, 'is', null)];
        if (c instanceof Date || typeof c !== 'object') return [eb(column, '=', c)];
        if ('gte' in c) return [eb(column, '>=', c.gte), eb(column, '<', c.lt)];
        if (c.length === 0) throw new Error(`${name}: an empty list of values`);
        return [eb(column, 'in', c)];
      }),
    );
}
