// Notifications: the body each webhook format takes, and one delivery attempt. Only a 2xx
// counts as delivered; anything else (an error status, a refused connection, no answer
// within the timeout) is retried later with a backoff (evaluator.ts). Deliveries go through
// the outbound policy (outbound.ts), checked on the address the connection is made to.
import http from 'node:http';
import https from 'node:https';
import ipaddr from 'ipaddr.js';
import { guardedLookup, hostOf, RefusedDestination, refusalOf, type OutboundPolicy } from './outbound';
import type { Rule } from './rules';

export type AlertEvent = 'firing' | 'resolved';

export type IncidentNotice = {
  event: AlertEvent;
  rule: Rule;
  incident: {
    id: string;
    firedAt: Date;
    resolvedAt: Date | null;
    middleware: string | null;
    version: string | null;
    value: number;
    message: string;
  };
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
    rule: {
      id: n.rule.id,
      kind: n.rule.kind,
      middleware: n.rule.middleware,
      threshold: n.rule.threshold,
      windowMinutes: n.rule.windowMinutes,
    },
    links: n.links,
  };
}

/** One attempt: null when delivered, else why not (for the history and the next retry). */
export async function deliver(
  url: string,
  body: unknown,
  policy: OutboundPolicy,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
): Promise<string | null> {
  const target = new URL(url);
  const literal = hostOf(target);
  // An address in the URL is connected to without a lookup: check it here.
  const literalRefusal = ipaddr.isValid(literal) ? refusalOf(literal, policy) : null;
  if (literalRefusal !== null) return `refused: ${literalRefusal}`;
  const payload = JSON.stringify(body);
  return new Promise((resolve) => {
    const req = (target.protocol === 'https:' ? https : http).request(target, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(payload),
        'user-agent': 'hopscope-alerts',
      },
      lookup: guardedLookup(target, policy),
      // No redirect is followed (node:http follows none): a 3xx is not delivered.
      signal: AbortSignal.timeout(timeoutMs),
    });
    req.on('response', (res) => {
      res.resume();
      const status = res.statusCode ?? 0;
      resolve(status >= 200 && status < 300 ? null : `answered ${status}`);
    });
    req.on('error', (err) => {
      if (err instanceof RefusedDestination) resolve(`refused: ${err.message}`);
      else if (err.name === 'AbortError' || err.name === 'TimeoutError')
        resolve(`no answer within ${timeoutMs / 1000} s`);
      else resolve(`unreachable: ${err.message}`);
    });
    req.end(payload);
  });
}
