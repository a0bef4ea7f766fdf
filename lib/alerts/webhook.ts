// Notifications: the body each webhook format takes, and one delivery attempt. Only a 2xx
// counts as delivered; anything else (an error status, a refused connection, no answer
// within the timeout) is retried later with a backoff (evaluator.ts).
import type { Rule } from './rules';

export type AlertEvent = 'firing' | 'resolved';

export type IncidentNotice = {
  event: AlertEvent;
  rule: Rule;
  incident: { id: string; firedAt: Date; resolvedAt: Date | null; middleware: string | null; version: string | null; value: number; message: string };
  links: { service: string; compare: string };
};

export const WEBHOOK_TIMEOUT_MS = 5000;

export function webhookBody(n: IncidentNotice): unknown {
  if (n.rule.webhookFormat === 'slack') {
    const mark = n.event === 'firing' ? ':rotating_light: FIRING' : ':white_check_mark: RESOLVED';
    return { text: `${mark} ${n.incident.message}\n<${n.links.service}|Service> · <${n.links.compare}|Compare>` };
  }
  return {
    status: n.event,
    incidentId: n.incident.id,
    firedAt: n.incident.firedAt.toISOString(),
    resolvedAt: n.incident.resolvedAt?.toISOString() ?? null,
    service: n.rule.service,
    middleware: n.incident.middleware,
    version: n.incident.version,
    value: n.incident.value,
    message: n.incident.message,
    rule: { id: n.rule.id, kind: n.rule.kind, middleware: n.rule.middleware, threshold: n.rule.threshold, windowMinutes: n.rule.windowMinutes },
    links: n.links,
  };
}

/** One attempt: null when delivered, else why not (for the history and the next retry). */
export async function deliver(url: string, body: unknown, timeoutMs = WEBHOOK_TIMEOUT_MS): Promise<string | null> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'hopscope-alerts' },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.body?.cancel();
    return res.ok ? null : `answered ${res.status}`;
  } catch (err) {
    const e = err as Error;
    return e.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : `unreachable: ${e.message}`;
  }
}
