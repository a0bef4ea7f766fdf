// The alert history: incidents newest first, with their notifications' fate and links to
// the pages as they were when each fired.
import { tablesOf, type Db } from '../db/client';
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
  const tables = tablesOf(store);
  const incidents = await tables
    .selectFrom('AlertIncident')
    .selectAll()
    .orderBy('firedAt', 'desc')
    .limit(limit)
    .execute();
  if (incidents.length === 0) return [];
  const [rules, deliveries] = await Promise.all([
    tables
      .selectFrom('AlertRule')
      .selectAll()
      .where('id', 'in', [...new Set(incidents.map((i) => i.ruleId))])
      .execute(),
    tables
      .selectFrom('AlertDelivery')
      .selectAll()
      .where(
        'incidentId',
        'in',
        incidents.map((i) => i.id),
      )
      .orderBy('event')
      .execute(),
  ]);
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  return incidents.map((i) => {
    const rule = ruleOf(ruleById.get(i.ruleId)!);
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
      notifications: deliveries
        .filter((d) => d.incidentId === i.id)
        .map((d) => ({
          event: d.event,
          attempts: d.attempts,
          deliveredAt: d.deliveredAt?.toISOString() ?? null,
          lastError: d.lastError,
        })),
      links: incidentLinks(baseUrl, rule, i),
    };
  });
}
