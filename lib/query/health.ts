// /api/health: the dashboard is up and its store answers (a 503 from jsonAnswer otherwise).
import { sql } from 'kysely';
import { db, tablesOf } from '../db/client';

export async function health(): Promise<{ ok: true }> {
  await sql`SELECT 1`.execute(tablesOf(db()));
  return { ok: true };
}
