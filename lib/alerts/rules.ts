// What an alert rule watches, and whether it holds now. Each kind reads the figures the
// pages show (the ranking over the rule's trailing window; compare's ceiling for a new
// version), so an alert never says what the dashboard does not.
//   share         a middleware's part of the service's thread time, %   (threshold in %)
//   occupancyP95  a middleware's p95 occupancy                           (ms)
//   stallPerCall  the stall a middleware inflicts on others, per call    (ms)
//   eventLoop     the service's event-loop utilization                  (%)
//   ceilingDrop   the newest version's ceiling below the previous one's  (% lower)
//   noData        fewer calls than the threshold over the window: the service (or the
//                 middleware named) stopped sending or stopped being called  (calls)
import crypto from 'node:crypto';
import { z } from 'zod';
import { tablesOf, transactionsOf, type Db } from '../db/client';
import { compare, stallPerCall } from '../query/compare';
import { middlewareStacks } from '../query/stacks';
import { HttpError } from '../http/errors';
import { middlewareRanking } from '../query/ranking';
import type { TimeRange } from '../query/range';
import { EVERYTHING } from '../query/scope';
import { floorTo, MINUTE_MS } from '../rollup/grains';
import type { MiddlewareRow } from '../query/types';
import { destinationRefusal, type OutboundPolicy } from './outbound';

export const RULE_KINDS = ['share', 'occupancyP95', 'stallPerCall', 'eventLoop', 'ceilingDrop', 'noData'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
export const WEBHOOK_FORMATS = ['json', 'slack'] as const;

const UNIT: Record<RuleKind, string> = {
  share: '%',
  occupancyP95: 'ms',
  stallPerCall: 'ms',
  eventLoop: '%',
  ceilingDrop: '%',
  noData: 'calls',
};

export const newRuleSchema = z.object({
  service: z.string().trim().min(1).max(200),
  kind: z.enum(RULE_KINDS),
  middleware: z.string().trim().min(1).max(200).optional(),
  threshold: z.number().positive().max(1e6),
  windowMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  webhookUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000),
  webhookFormat: z.enum(WEBHOOK_FORMATS).default('json'),
});
export type NewRule = z.infer<typeof newRuleSchema>;

export type Rule = Omit<NewRule, 'middleware'> & {
  id: string;
  middleware: string | null;
  createdBy: string | null;
  createdAt: string;
};

type RuleRow = {
  id: string;
  service: string;
  kind: string;
  middleware: string | null;
  threshold: number;
  windowMinutes: number;
  webhookUrl: string;
  webhookFormat: string;
  createdBy: string | null;
  createdAt: Date;
};

export function ruleOf(row: RuleRow): Rule {
  return {
    ...row,
    kind: row.kind as RuleKind,
    webhookFormat: row.webhookFormat as Rule['webhookFormat'],
    createdAt: row.createdAt.toISOString(),
  };
}

export async function createRule(
  store: Db,
  input: NewRule,
  createdBy: string | null,
  outbound: OutboundPolicy,
): Promise<Rule> {
  if (input.kind === 'share' && input.threshold > 100)
    throw new HttpError(400, 'threshold: a share is at most 100 (%)');
  if (input.kind === 'eventLoop' && input.threshold > 100)
    throw new HttpError(400, 'threshold: utilization is at most 100 (%)');
  if (input.kind === 'ceilingDrop' && input.threshold >= 100)
    throw new HttpError(400, 'threshold: a drop below 100 (%)');
  if ((input.kind === 'eventLoop' || input.kind === 'ceilingDrop') && input.middleware) {
    throw new HttpError(400, `middleware: a ${input.kind} rule is about the whole service`);
  }
  const refused = await destinationRefusal(input.webhookUrl, outbound);
  if (refused !== null)
    throw new HttpError(400, `webhookUrl: refused, ${refused} (HOPSCOPE_WEBHOOK_ALLOWED_HOSTS allows it)`);
  const row = {
    ...input,
    middleware: input.middleware ?? null,
    id: crypto.randomUUID(),
    createdBy,
    createdAt: new Date(),
  };
  await transactionsOf(store)((trx) => trx.insertInto('AlertRule').values(row).execute());
  return ruleOf(row);
}

/** A rule as the API shows it: a webhook's path often is its secret (Slack's are), so only its origin. */
export function redacted(rule: Rule): Rule {
  const url = new URL(rule.webhookUrl);
  return { ...rule, webhookUrl: url.pathname === '/' && url.search === '' ? url.origin : `${url.origin}/…` };
}

export async function listRules(store: Db): Promise<Rule[]> {
  const rows = await tablesOf(store)
    .selectFrom('AlertRule')
    .selectAll()
    .orderBy('service')
    .orderBy('createdAt')
    .execute();
  return rows.map(ruleOf);
}

export async function deleteRule(store: Db, id: string): Promise<{ deleted: string }> {
  // Its incidents and their notifications go with it (the store cascades).
  const removed = await transactionsOf(store)((trx) =>
    trx.deleteFrom('AlertRule').where('id', '=', id).executeTakeFirst(),
  );
  if (removed.numDeletedRows === 0n) throw new HttpError(404, 'no such rule');
  return { deleted: id };
}

/** A rule's state now: breached or not, by what value, and who; null when there is no data to judge. */
export type Evaluation = {
  breached: boolean;
  value: number;
  middleware: string | null;
  version: string | null;
  baseline: string | null;
  message: string;
};

const round = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3));

/** The per-middleware kinds: the ranking's figure each judges, and how a notice names it. */
const MIDDLEWARE_FIGURES: Record<
  'share' | 'occupancyP95' | 'stallPerCall',
  { value: (r: MiddlewareRow) => number | null; what: string }
> = {
  share: { value: (r) => (r.occupancyShare === null ? null : r.occupancyShare * 100), what: 'of thread time' },
  occupancyP95: { value: (r) => r.occupancyP95Ms, what: 'p95 occupancy' },
  stallPerCall: { value: stallPerCall, what: 'stall per call' },
};

function perMiddleware(
  rule: Rule,
  kind: keyof typeof MIDDLEWARE_FIGURES,
  rows: MiddlewareRow[],
): { row: MiddlewareRow; value: number } | null {
  let worst: { row: MiddlewareRow; value: number } | null = null;
  for (const row of rows) {
    if (rule.middleware ? row.name !== rule.middleware : row.frameworkStep) continue; // "any middleware": the team's, not the framework's own
    const v = MIDDLEWARE_FIGURES[kind].value(row);
    if (v !== null && (worst === null || v > worst.value)) worst = { row, value: v };
  }
  return worst;
}

async function ceilingDrop(store: Db, rule: Rule, now: Date): Promise<Evaluation | null> {
  const versions = await tablesOf(store)
    .selectFrom('ServiceVersion')
    .select(['version', 'environment', 'lastSeen'])
    .where('service', '=', rule.service)
    .orderBy('firstSeen', 'desc')
    .limit(2)
    .execute();
  if (versions.length < 2) return null;
  const [latest, previous] = versions;
  const windowMs = rule.windowMinutes * 60_000;
  // The same length of time on each side: the previous version's last window, the new one's latest.
  const prevTo = previous.lastSeen.getTime() + 60_000;
  const comparison = await compare(store, rule.service, {
    a: {
      range: { from: new Date(prevTo - windowMs), to: new Date(prevTo) },
      scope: { version: previous.version, environment: previous.environment },
    },
    b: {
      range: { from: new Date(now.getTime() - windowMs), to: now },
      scope: { version: latest.version, environment: latest.environment },
    },
  });
  const { a, b } = comparison.ceilingRps;
  if (a === null || b === null || a <= 0) return null;
  const drop = ((a - b) / a) * 100;
  // Who lost the most thread time per request: the middleware whose occupancy per call rose most.
  let culprit: { name: string; rise: number; before: number; after: number } | null = null;
  for (const row of comparison.middleware) {
    const before = row.a?.occupancyMsPerCall ?? 0;
    const after = row.b?.occupancyMsPerCall ?? null;
    if (after === null || (row.b ?? row.a)?.frameworkStep) continue;
    if (culprit === null || after - before > culprit.rise)
      culprit = { name: row.name, rise: after - before, before, after };
  }
  const who =
    culprit === null
      ? ''
      : `; ${culprit.name}'s thread time rose most (${round(culprit.before)} → ${round(culprit.after)} ms per call)`;
  return {
    breached: drop > rule.threshold,
    value: drop,
    middleware: culprit?.name ?? null,
    version: latest.version,
    baseline: previous.version,
    message: `${rule.service} ${latest.version}: ceiling ${round(b)} req/s, ${round(drop)}% below ${previous.version}'s ${round(a)} req/s${who}${comparison.comparable ? '' : ` (${comparison.loadWarning})`}`,
  };
}

/**
 * The calls recorded over the window, of the middleware named or of the service's busiest
 * step (every request passes its first middleware): a window without any is exactly what
 * this rule is for. A service that never sent is not judged (evaluate's 404).
 */
function noData(rule: Rule, rows: MiddlewareRow[], over: string): Evaluation {
  let calls = 0;
  for (const row of rows) if (rule.middleware ? row.name === rule.middleware : true) calls = Math.max(calls, row.calls);
  const who = rule.middleware ?? rule.service;
  return {
    breached: calls < rule.threshold,
    value: calls,
    middleware: rule.middleware,
    version: null,
    baseline: null,
    message:
      calls === 0 ? `${rule.service}: no calls of ${who} ${over}` : `${rule.service}: ${calls} calls of ${who} ${over}`,
  };
}

/**
 * The range a rule judges: the minute rows its last N minutes overlap, so N to N+1 minutes
 * of data. Rows are stamped with the start of their minute: an exact [now − N min, now)
 * holds only the rows that began inside it, so a 1-minute rule saw just the current
 * minute's first seconds after each minute turned (a breach stamped in the minute before
 * was never judged, and "no data" could fire on every new minute).
 */
export function ruleWindow(rule: Pick<Rule, 'windowMinutes'>, now: Date): TimeRange {
  return { from: new Date(floorTo(now.getTime() - rule.windowMinutes * MINUTE_MS, MINUTE_MS)), to: now };
}

export async function evaluate(store: Db, rule: Rule, now: Date): Promise<Evaluation | null> {
  try {
    if (rule.kind === 'ceilingDrop') return await ceilingDrop(store, rule, now);
    const window = ruleWindow(rule, now);
    const ranking = await middlewareRanking(store, rule.service, window, EVERYTHING);
    const over = `over the last ${rule.windowMinutes} min (threshold ${rule.threshold} ${UNIT[rule.kind]})`;
    if (rule.kind === 'noData') return noData(rule, ranking.middleware, over);
    if (rule.kind === 'eventLoop') {
      const u = ranking.eventLoop.utilization;
      if (u === null) return null;
      return {
        breached: u * 100 > rule.threshold,
        value: u * 100,
        middleware: null,
        version: null,
        baseline: null,
        message: `${rule.service}: event loop ${round(u * 100)}% busy ${over}`,
      };
    }
    const worst = perMiddleware(rule, rule.kind, ranking.middleware);
    if (worst === null) return null;
    const { what } = MIDDLEWARE_FIGURES[rule.kind];
    const breached = worst.value > rule.threshold;
    // Why, when the service profiles: the frame the middleware's samples stop in most.
    const hottest = breached
      ? (await middlewareStacks(store, rule.service, worst.row.name, window, EVERYTHING)).hottest
      : null;
    const why =
      hottest === null
        ? ''
        : `; it holds the thread ${round(hottest.share * 100)}% of its sampled time in ${hottest.frame}`;
    return {
      breached,
      value: worst.value,
      middleware: worst.row.name,
      version: null,
      baseline: null,
      message: `${rule.service}: ${worst.row.name} ${round(worst.value)} ${UNIT[rule.kind]} ${what} ${over}${why}`,
    };
  } catch (err) {
    // A service that has sent nothing yet has nothing to judge.
    if (err instanceof HttpError && err.status === 404) return null;
    throw err;
  }
}
