// Who may send to /v1/*: with HOPSCOPE_INGEST_TOKEN set or any ingest token created on the
// settings page, only a request bearing one (README, "Tokens"); otherwise anyone (the
// quick start). An ingest token made for one service admits that service's data only.
import crypto from 'node:crypto';
import type { Db } from '../db/client';
import { bearerOf, ingestTokensExist, verifyToken } from '../auth/tokens';

/** What a request may send: every service (null) or one. */
export type IngestScope = { service: string | null };

/** Constant-time comparison (hashes make the lengths equal). */
function sameSecret(given: string, expected: string): boolean {
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

/** The request's scope, or null for a 401. */
export async function ingestScope(
  store: Db,
  authorization: string | null,
  envToken: string | undefined,
): Promise<IngestScope | null> {
  const secret = bearerOf(authorization);
  if (secret === null) return envToken || (await ingestTokensExist(store)) ? null : { service: null };
  if (envToken && sameSecret(secret, envToken)) return { service: null };
  const token = await verifyToken(store, secret, 'ingest');
  return token === null ? null : { service: token.service };
}

/** The first service in a batch that a scope does not admit, or null. */
export function outOfScope(scope: IngestScope, services: Iterable<{ service: string }>): string | null {
  if (scope.service === null) return null;
  for (const s of services) if (s.service !== scope.service) return s.service;
  return null;
}
