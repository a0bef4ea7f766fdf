// The background evaluator: every tick, the replica holding the "alerts" lease checks each
// rule, opens an incident when a rule starts to hold and resolves it when it stops, and
// sends what the outbox holds. An incident's change and its notification are written in
// one transaction, and the notification's row is unique per incident and event, so each
// incident notifies exactly once as firing and once as resolved, whatever fails between.
import crypto from 'node:crypto';
import os from 'node:os';
import { tablesOf, transactionsOf, type Db } from '../db/client';
import { holdLease } from './lease';
import { outboundPolicyFromEnv, type OutboundPolicy } from './outbound';
import { evaluate, listRules, ruleOf, type Rule } from './rules';
import { deliver, webhookBody, WEBHOOK_TIMEOUT_MS, type AlertEvent } from './webhook';

export type AlertSettings = {
  intervalMs: number;
  baseUrl: string;
  retryBaseMs: number;
  maxAttempts: number;
  outbound: OutboundPolicy;
};

const HOLDER = `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`;

export function alertSettingsFromEnv(env: Record<string, string | undefined> = process.env): AlertSettings {
  const seconds = Number(env.HOPSCOPE_ALERT_INTERVAL_SECONDS ?? 30);
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 3600) {
    throw new Error(`HOPSCOPE_ALERT_INTERVAL_SECONDS must be 1 to 3600; got "${env.HOPSCOPE_ALERT_INTERVAL_SECONDS}"`);
  }
  const port = env.PORT ?? '3000';
  return {
    intervalMs: seconds * 1000,
    baseUrl: (env.HOPSCOPE_URL ?? `http://127.0.0.1:${port}`).replace(/\/+$/, ''),
    retryBaseMs: seconds * 1000,
    maxAttempts: 10,
    outbound: outboundPolicyFromEnv(env),
  };
}

/** Links to the pages as they were when the incident fired. */
export function incidentLinks(
  baseUrl: string,
  rule: Rule,
  incident: { firedAt: Date; version: string | null; baseline: string | null },
) {
  const service = encodeURIComponent(rule.service);
  const w = rule.windowMinutes * 60_000;
  const at = incident.firedAt.getTime();
  const range = (from: number, to: number) => `from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}`;
  const compare =
    incident.version !== null && incident.baseline !== null
      ? `a=${encodeURIComponent(incident.baseline)}&b=${encodeURIComponent(incident.version)}`
      : `aFrom=${new Date(at - 2 * w).toISOString()}&aTo=${new Date(at - w).toISOString()}&bFrom=${new Date(at - w).toISOString()}&bTo=${new Date(at).toISOString()}`;
  return {
    service: `${baseUrl}/services/${service}?${range(at - Math.max(w, 15 * 60_000), at + 60_000)}`,
    compare: `${baseUrl}/services/${service}/compare?${compare}`,
  };
}

async function checkRules(store: Db, now: Date): Promise<void> {
  for (const rule of await listRules(store)) {
    let result;
    try {
      result = await evaluate(store, rule, now);
    } catch (err) {
      console.error(`[hopscope] alert rule ${rule.id} (${rule.service} ${rule.kind}) could not be evaluated:`, err);
      continue;
    }
    if (result === null) continue;
    const open = await tablesOf(store)
      .selectFrom('AlertIncident')
      .select('id')
      .where('ruleId', '=', rule.id)
      .where('resolvedAt', 'is', null)
      .executeTakeFirst();
    if (result.breached && open === undefined) {
      await transactionsOf(store)(async (trx) => {
        const id = crypto.randomUUID();
        await trx
          .insertInto('AlertIncident')
          .values({
            id,
            ruleId: rule.id,
            firedAt: now,
            middleware: result.middleware,
            version: result.version,
            baseline: result.baseline,
            value: result.value,
            message: result.message,
          })
          .execute();
        await trx
          .insertInto('AlertDelivery')
          .values({ id: crypto.randomUUID(), incidentId: id, event: 'firing', nextAttemptAt: now })
          .execute();
      });
    } else if (!result.breached && open !== undefined) {
      await transactionsOf(store)(async (trx) => {
        await trx.updateTable('AlertIncident').set({ resolvedAt: now }).where('id', '=', open.id).execute();
        await trx
          .insertInto('AlertDelivery')
          .values({ id: crypto.randomUUID(), incidentId: open.id, event: 'resolved', nextAttemptAt: now })
          .execute();
      });
    }
  }
}

/**
 * Sends every due notification once; a failure is retried after retryBaseMs × 2^attempts.
 * An incident's "resolved" waits for its "firing" (delivered or given up), so a receiver
 * never hears of the end before the start.
 */
async function sendDue(store: Db, settings: AlertSettings, now: Date): Promise<void> {
  const tables = tablesOf(store);
  const due = await tables
    .selectFrom('AlertDelivery')
    .selectAll()
    .where('deliveredAt', 'is', null)
    .where('nextAttemptAt', '<=', now)
    .where('attempts', '<', settings.maxAttempts)
    .orderBy('nextAttemptAt')
    .limit(50)
    .execute();
  if (due.length === 0) return;
  const incidentIds = [...new Set(due.map((d) => d.incidentId))];
  const [incidents, firings] = await Promise.all([
    tables.selectFrom('AlertIncident').selectAll().where('id', 'in', incidentIds).execute(),
    tables
      .selectFrom('AlertDelivery')
      .select(['incidentId', 'deliveredAt', 'attempts'])
      .where('incidentId', 'in', incidentIds)
      .where('event', '=', 'firing')
      .execute(),
  ]);
  const rules = await tables
    .selectFrom('AlertRule')
    .selectAll()
    .where('id', 'in', [...new Set(incidents.map((i) => i.ruleId))])
    .execute();
  const incidentOf = new Map(incidents.map((i) => [i.id, i]));
  const ruleOfId = new Map(rules.map((r) => [r.id, ruleOf(r)]));
  const firingOf = new Map(firings.map((f) => [f.incidentId, f]));
  const started = Date.now();
  for (const d of due) {
    // A tick sends for about one interval (plus one webhook's timeout), well inside its lease:
    // another replica must never take the lease over while this one is still sending.
    if (Date.now() - started > settings.intervalMs) break;
    // Deliveries go with their incident, and incidents with their rule (the store cascades).
    const incident = incidentOf.get(d.incidentId)!;
    const firing = firingOf.get(d.incidentId);
    if (
      d.event === 'resolved' &&
      firing !== undefined &&
      firing.deliveredAt === null &&
      firing.attempts < settings.maxAttempts
    )
      continue;
    const rule = ruleOfId.get(incident.ruleId)!;
    const body = webhookBody({
      event: d.event as AlertEvent,
      rule,
      incident,
      links: incidentLinks(settings.baseUrl, rule, incident),
    });
    const failure = await deliver(rule.webhookUrl, body, settings.outbound);
    const attempts = d.attempts + 1;
    const outcome =
      failure === null
        ? { attempts, deliveredAt: new Date(), lastError: null }
        : {
            attempts,
            lastError: failure,
            nextAttemptAt: new Date(Date.now() + settings.retryBaseMs * 2 ** (attempts - 1)),
          };
    await transactionsOf(store)((trx) =>
      trx.updateTable('AlertDelivery').set(outcome).where('id', '=', d.id).execute(),
    );
  }
}

/** One tick; false when another replica holds the lease. */
export async function evaluateAlerts(store: Db, settings: AlertSettings, now = new Date()): Promise<boolean> {
  if (!(await holdLease(store, 'alerts', HOLDER, 3 * settings.intervalMs + 2 * WEBHOOK_TIMEOUT_MS, now))) return false;
  await checkRules(store, now);
  await sendDue(store, settings, now);
  return true;
}

const globalForAlerts = globalThis as unknown as { hopscopeAlerts?: NodeJS.Timeout };

/** Starts the evaluator in this process (once); a failed tick is logged and the next one runs. */
export function startAlerts(store: Db, settings: AlertSettings): void {
  if (globalForAlerts.hopscopeAlerts !== undefined) return;
  let running = false;
  globalForAlerts.hopscopeAlerts = setInterval(() => {
    if (running) return;
    running = true;
    evaluateAlerts(store, settings)
      .catch((err) => console.error('[hopscope] alert evaluation failed (retrying next tick):', (err as Error).message))
      .finally(() => (running = false));
  }, settings.intervalMs);
  globalForAlerts.hopscopeAlerts.unref();
}
