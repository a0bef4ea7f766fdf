// The alert history: incidents newest first, with their notifications' fate and links to
// the pages as they were when each fired.
import type { Db } from '../db/client';
import { alertSettingsFromEnv, incidentLinks } from './evaluator';
import { ruleOf } from './rules';

export type IncidentInfo = {
  id: string;
  ruleId: string;
  service: string;
  kind: string;
  middleware: string | null;
  version: string | null;
  value: number;
  message: string;
  firedAt: string;
  resolvedAt: string | null;
  notifications: { event: string; attempts: number; deliveredAt: string | null; lastError: string | null }[];
  links: { service: string; compare: string };
};

export async function listIncidents(store: Db, limit = 100): Promise<IncidentInfo[]> {
  const { baseUrl } = alertSettingsFromEnv();
  const rows = await store.alertIncident.findMany({
    orderBy: { firedAt: 'desc' },
    take: limit,
    include: { rule: true, deliveries: { orderBy: { event: 'asc' } } },
  });
  return rows.map((i) => {
    const rule = ruleOf(i.rule);
    return {
      id: i.id,
      ruleId: i.ruleId,
      service: rule.service,
      kind: rule.kind,
      middleware: i.middleware,
      version: i.version,
      value: i.value,
      message: i.message,
      firedAt: i.firedAt.toISOString(),
      resolvedAt: i.resolvedAt?.toISOString() ?? null,
      notifications: i.deliveries.map((d) => ({
        event: d.event,
        attempts: d.attempts,
        deliveredAt: d.deliveredAt?.toISOString() ?? null,
        lastError: d.lastError,
      })),
      links: incidentLinks(baseUrl, rule, i),
    };
  });
}
