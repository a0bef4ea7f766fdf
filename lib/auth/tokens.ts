// Bearer tokens: "api" tokens act as their user on the JSON API (scripts, CI); "ingest"
// tokens let a service send to /v1/*. A token is 32 random bytes; only its SHA-256 is
// stored, so a leaked database holds no usable token, and a lookup by hash takes the same
// time whatever is guessed (the secret has 256 bits: a slow hash adds nothing). Every use
// reads the row, so a revoked token stops working on the next request, on every replica.
import crypto from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/client';
import { tablesOf, transactionsOf } from '../db/client';
import { HttpError } from '../http/errors';
import type { Viewer } from './roles';

export const TOKEN_KINDS = ['api', 'ingest'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

const PREFIX: Record<TokenKind, string> = { api: 'hsk_api_', ingest: 'hsk_ing_' };
const MAX_NAME = 100;
/** lastUsedAt is written at most this often per token, so a busy exporter does not write per batch. */
const LAST_USED_GRAIN_MS = 60_000;

export type TokenInfo = {
  id: string;
  kind: TokenKind;
  name: string;
  hint: string;
  service: string | null;
  userId: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

function hashOf(secret: string): string {
  return crypto.createHash('sha256').update(secret).digest('hex');
}

type TokenRow = {
  id: string;
  kind: string;
  name: string;
  hint: string;
  service: string | null;
  userId: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

const TOKEN_COLUMNS = [
  'id',
  'kind',
  'name',
  'hint',
  'service',
  'userId',
  'createdAt',
  'lastUsedAt',
  'revokedAt',
] as const satisfies readonly (keyof TokenRow)[];

function info(row: TokenRow): TokenInfo {
  return {
    id: row.id,
    kind: row.kind as TokenKind,
    name: row.name,
    hint: row.hint,
    service: row.service,
    userId: row.userId,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export type NewToken = { kind: TokenKind; name: string; service?: string | null; userId?: string | null };

/** Creates a token (as tokenFor() allowed it); the secret is in the answer and nowhere else. */
export async function createToken(store: Db, input: NewToken): Promise<TokenInfo & { secret: string }> {
  const secret = PREFIX[input.kind] + crypto.randomBytes(32).toString('base64url');
  const row = {
    id: crypto.randomUUID(),
    kind: input.kind,
    name: input.name,
    hash: hashOf(secret),
    hint: secret.slice(-4),
    service: input.kind === 'ingest' ? (input.service ?? null) : null,
    userId: input.userId ?? null,
    createdAt: new Date(),
    lastUsedAt: null,
    revokedAt: null,
  };
  await transactionsOf(store)((trx) => trx.insertInto('Token').values(row).execute());
  return { ...info(row), secret };
}

export async function listTokens(store: Db, where: { kind: TokenKind; userId?: string }): Promise<TokenInfo[]> {
  let q = tablesOf(store)
    .selectFrom('Token')
    .select(TOKEN_COLUMNS)
    .where('kind', '=', where.kind)
    .where('revokedAt', 'is', null);
  if (where.userId !== undefined) q = q.where('userId', '=', where.userId);
  return (await q.orderBy('createdAt', 'desc').execute()).map(info);
}

export const newTokenSchema = z.object({
  kind: z.enum(TOKEN_KINDS),
  name: z.string().trim().min(1).max(MAX_NAME),
  /** ingest: the one service it admits; absent, any. */
  service: z.string().trim().min(1).max(200).optional(),
});

/** What a viewer may create: API tokens for themselves, ingest tokens if an administrator. */
export function tokenFor(viewer: Viewer, input: z.infer<typeof newTokenSchema>): NewToken {
  if (input.kind === 'ingest' && viewer.role !== 'admin')
    throw new HttpError(403, 'only an administrator creates ingest tokens');
  if (input.kind === 'api' && viewer.userId === null)
    throw new HttpError(409, 'API tokens need sign-in (HOPSCOPE_AUTH=none has no users)');
  return {
    kind: input.kind,
    name: input.name,
    service: input.service ?? null,
    userId: input.kind === 'api' ? viewer.userId : null,
  };
}

/** The tokens a viewer sees: their own API tokens, and, for an administrator, the ingest tokens. */
export async function tokensFor(store: Db, viewer: Viewer): Promise<{ api: TokenInfo[]; ingest: TokenInfo[] | null }> {
  return {
    api: viewer.userId === null ? [] : await listTokens(store, { kind: 'api', userId: viewer.userId }),
    ingest: viewer.role === 'admin' ? await listTokens(store, { kind: 'ingest' }) : null,
  };
}

/** Revokes a token (kept, marked, so the list and any audit can still name it). */
export async function revokeToken(store: Db, id: string, viewer: Viewer): Promise<TokenInfo> {
  const owner = { userId: viewer.userId, admin: viewer.role === 'admin' };
  const row = await tablesOf(store).selectFrom('Token').select(TOKEN_COLUMNS).where('id', '=', id).executeTakeFirst();
  // Someone else's token answers like a missing one: ids are not a way to probe.
  if (row === undefined || (!owner.admin && row.userId !== owner.userId)) throw new HttpError(404, 'no such token');
  if (row.kind === 'ingest' && !owner.admin) throw new HttpError(403, 'only an administrator manages ingest tokens');
  const revokedAt = row.revokedAt ?? new Date();
  await transactionsOf(store)((trx) => trx.updateTable('Token').set({ revokedAt }).where('id', '=', id).execute());
  return info({ ...row, revokedAt });
}

/** The live token a secret names, or null (unknown, revoked or of another kind). */
export async function verifyToken(store: Db, secret: string, kind: TokenKind): Promise<TokenInfo | null> {
  if (!secret.startsWith(PREFIX[kind])) return null;
  // Read through Kysely on the driver: the receiver checks a token on every request, and a
  // Prisma model query costs milliseconds of its client engine each time (lib/db/adapter.ts).
  const row = await tablesOf(store)
    .selectFrom('Token')
    .select(TOKEN_COLUMNS)
    .where('hash', '=', hashOf(secret))
    .executeTakeFirst();
  if (row === undefined || row.kind !== kind || row.revokedAt !== null) return null;
  const now = Date.now();
  if (row.lastUsedAt === null || now - row.lastUsedAt.getTime() > LAST_USED_GRAIN_MS) {
    // Best effort: a failed bookkeeping write must not refuse a valid token.
    await transactionsOf(store)((trx) =>
      trx
        .updateTable('Token')
        .set({ lastUsedAt: new Date(now) })
        .where('id', '=', row.id)
        .execute(),
    ).catch(() => undefined);
  }
  return info(row);
}

/** Whether any ingest token is live: then /v1/* requires one. */
export async function ingestTokensExist(store: Db): Promise<boolean> {
  const live = await tablesOf(store)
    .selectFrom('Token')
    .select('id')
    .where('kind', '=', 'ingest')
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return live !== undefined;
}

/** The bearer secret of an Authorization header, or null. */
export function bearerOf(header: string | null): string | null {
  if (header === null || !/^bearer /i.test(header)) return null;
  const secret = header.slice('bearer '.length).trim();
  return secret === '' ? null : secret;
}
