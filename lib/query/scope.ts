// Which part of a service a question is about: one version, one environment, or all.
import { tablesOf, type Db } from '../db/client';
import { HttpError } from '../http/errors';

export type Scope = { version: string | null; environment: string | null };

export const EVERYTHING: Scope = { version: null, environment: null };

export function scopeFrom(params: URLSearchParams): Scope {
  return { version: params.get('version') || null, environment: params.get('environment') || null };
}

/**
 * The scope a page shows: the URL's, and where the URL names no version, the latest one,
 * so that two versions' figures are never blended by default; every page decides alike.
 * `version=` (empty) asks for all versions.
 */
export function pageScope(params: URLSearchParams, versions: string[]): Scope {
  const s = scopeFrom(params);
  return params.has('version') ? s : { ...s, version: versions[versions.length - 1] ?? null };
}

/** The scope as search params, for links that keep it: `version` always (empty for all
 *  versions, since a page without one shows the latest: pageScope). */
export function scopeParams(s: Scope): Record<string, string> {
  return { version: s.version ?? '', ...(s.environment === null ? {} : { environment: s.environment }) };
}

/** The scope as a query-string tail (`&version=…`), for links that keep it. */
export function scopeQuery(s: Scope): string {
  const p = new URLSearchParams(scopeParams(s)).toString();
  return p === '' ? '' : `&${p}`;
}

/** The conditions of a scope (lib/db/where.ts). */
export function scopeWhere(s: Scope): { version?: string; environment?: string } {
  return {
    ...(s.version === null ? {} : { version: s.version }),
    ...(s.environment === null ? {} : { environment: s.environment }),
  };
}

/** 404 for a service never seen; 400 for a version or environment it never reported.
 *  Otherwise when the scope last sent data. */
export async function checkScope(db: Db, service: string, s: Scope): Promise<Date> {
  const rows = await tablesOf(db)
    .selectFrom('ServiceVersion')
    .select(['version', 'environment', 'lastSeen'])
    .where('service', '=', service)
    .execute();
  if (rows.length === 0) throw new HttpError(404, `no data from service "${service}"`);
  for (const [field, value] of [
    ['version', s.version],
    ['environment', s.environment],
  ] as const) {
    const known = [...new Set(rows.map((r) => r[field]))];
    if (value !== null && !known.includes(value)) {
      throw new HttpError(400, `service "${service}" has no ${field} "${value}" (it has ${known.join(', ')})`);
    }
  }
  const inScope = rows.filter(
    (r) =>
      (s.version === null || r.version === s.version) && (s.environment === null || r.environment === s.environment),
  );
  return new Date(Math.max(0, ...inScope.map((r) => r.lastSeen.getTime())));
}
