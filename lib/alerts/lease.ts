// One holder among replicas, on either store: a row taken by a conditional update (no
// long transaction, no store-specific lock), renewed at every tick, and taken over by
// another replica only once its holder has stopped renewing it.
import type { Db } from '../db/client';

/** Whether this holder has the lease now (taking or renewing it for ttlMs). */
export async function holdLease(
  store: Db,
  name: string,
  holder: string,
  ttlMs: number,
  now = new Date(),
): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const taken = await store.lease.updateMany({
    where: { name, OR: [{ holder }, { expiresAt: { lt: now } }] },
    data: { holder, expiresAt },
  });
  if (taken.count === 1) return true;
  try {
    await store.lease.create({ data: { name, holder, expiresAt } });
    return true;
  } catch {
    // Another replica holds it (the row exists and is neither ours nor expired).
    return false;
  }
}
