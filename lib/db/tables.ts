// The tables as Kysely sees them: their types are generated from prisma/schema.prisma by
// prisma-kysely (scripts/prisma.ts), in PostgreSQL's terms, which both stores answer in
// (lib/db/store-values.ts). One change: a Bytes column takes any Uint8Array (histograms
// are serialised into one; store-values.ts binds it as a Buffer) and reads as a Buffer.
import type { ColumnType, Kysely } from 'kysely';
import type { DB as Generated } from './generated/tables';

type Bytes = ColumnType<Buffer, Uint8Array, Uint8Array>;

export type DB = {
  [T in keyof Generated]: { [C in keyof Generated[T]]: Generated[T][C] extends Buffer ? Bytes : Generated[T][C] };
};

/** One typed handle on either store. */
export type Tables = Kysely<DB>;
