// /api/health: the dashboard is up and its store answers (a 503 from jsonAnswer otherwise).
import { db } from '../db/client';

export async function health(): Promise<{ ok: true }> {
  await db().$queryRawUnsafe('SELECT 1');
  return { ok: true };
}
