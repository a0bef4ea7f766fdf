// One holder among replicas, on either store: a row taken by a conditional update (no
// long transaction, no store-specific lock), renewed at every tick, and taken over by
// another replica only once its holder has stopped renewing it.
import { transactionsOf, type Db } from '../db/client';

/** Whether this holder has the lease now (taking or renewing it for ttlMs). */
export async function holdLease(
  store: Db,
  name: string,
  holder: string,
  ttlMs: number,
  now = new Date(),
): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const write = transactionsOf(store);
  const taken = await write((trx) =>
    trx
      .updateTable('Lease')
      .set({ holder, expiresAt })
      .where('name', '=', name)
      .where((eb) => eb.or([eb('holder', '=', holder), eb('expiresAt', '<', now)]))
      .executeTakeFirst(),
  );
  if (taken.numUpdatedRows === 1n) return true;
  try {
    await write((trx) => trx.insertInto('Lease').values({ name, holder, expiresAt }).execute());
    return true;
  } catch {
    // Another replica holds it (the row exists and is neither ours nor expired).
    return false;
  }
}
