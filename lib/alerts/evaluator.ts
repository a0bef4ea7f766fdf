// The background evaluator: every tick, the replica holding the "alerts" lease checks each
// rule, opens an incident when a rule starts to hold and resolves it when it stops, and
// sends what the outbox holds. An incident's change and its notification are written in
// one transaction, and the notification's row is unique per incident and event, so each
// incident notifies exactly once as firing and once as resolved, whatever fails between.
import crypto from 'node:crypto';
import os from 'node:os';
import type { Db } from '../db/client';
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
    const open = await store.alertIncident.findFirst({ where: { ruleId: rule.id, resolvedAt: null } });
    if (result.breached && open === null) {
      await store.$transaction(async (tx) => {
        const id = crypto.randomUUID();
        await tx.alertIncident.create({
          data: {
            id,
            ruleId: rule.id,
            firedAt: now,
            middleware: result.middleware,
            version: result.version,
            baseline: result.baseline,
            value: result.value,
            message: result.message,
          },
        });
        await tx.alertDelivery.create({
          data: { id: crypto.randomUUID(), incidentId: id, event: 'firing', nextAttemptAt: now },
        });
      });
    } else if (!result.breached && open !== null) {
      await store.$transaction(async (tx) => {
        await tx.alertIncident.update({ where: { id: open.id }, data: { resolvedAt: now } });
        await tx.alertDelivery.create({
          data: { id: crypto.randomUUID(), incidentId: open.id, event: 'resolved', nextAttemptAt: now },
        });
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
  const due = await store.alertDelivery.findMany({
    where: { deliveredAt: null, nextAttemptAt: { lte: now }, attempts: { lt: settings.maxAttempts } },
    include: { incident: { include: { rule: true, deliveries: { where: { event: 'firing' } } } } },
    orderBy: { nextAttemptAt: 'asc' },
    take: 50,
  });
  const started = Date.now();
  for (const d of due) {
    // A tick sends for about one interval (plus one webhook's timeout), well inside its lease:
    // another replica must never take the lease over while this one is still sending.
    if (Date.now() - started > settings.intervalMs) break;
    const firing = d.incident.deliveries[0];
    if (
      d.event === 'resolved' &&
      firing !== undefined &&
      firing.deliveredAt === null &&
      firing.attempts < settings.maxAttempts
    )
      continue;
    const rule = ruleOf(d.incident.rule);
    const body = webhookBody({
      event: d.event as AlertEvent,
      rule,
      incident: d.incident,
      links: incidentLinks(settings.baseUrl, rule, d.incident),
    });
    const failure = await deliver(rule.webhookUrl, body, settings.outbound);
    const attempts = d.attempts + 1;
    await store.alertDelivery.update({
      where: { id: d.id },
      data:
        failure === null
          ? { attempts, deliveredAt: new Date(), lastError: null }
          : {
              attempts,
              lastError: failure,
              nextAttemptAt: new Date(Date.now() + settings.retryBaseMs * 2 ** (attempts - 1)),
            },
    });
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
