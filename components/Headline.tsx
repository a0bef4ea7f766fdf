import type { MiddlewareRanking, MiddlewareRow } from '@/lib/query/types';
import { formatMs, formatRps, formatShare } from './format';

/** The middleware that most limits the service: by the resource that binds its ceiling. */
export function blocker(r: MiddlewareRanking): MiddlewareRow | null {
  const measured = r.middleware.filter((m) => m.measured);
  if (r.ceiling.binding === 'sync-thread') {
    const held = (m: MiddlewareRow) => (m.threadHeldMsPerCall ?? 0) * m.calls;
    return measured.reduce<MiddlewareRow | null>((best, m) => (best === null || held(m) > held(best) ? m : best), null);
  }
  return measured[0] ?? null;
}

/** The answer to "which middleware blocks concurrency?", in one sentence, from the data. */
export function Headline({ ranking }: { ranking: MiddlewareRanking }) {
  const top = blocker(ranking);
  if (top === null || ranking.ceilingRps === null) return null;
  const without = top.ceilingWithoutRps;
  const gain = without === null ? '' : `: the ceiling would go from ${formatRps(ranking.ceilingRps)} to ${formatRps(without)} without it`;
  const what =
    ranking.ceiling.binding === 'sync-thread'
      ? `holds the shared sync thread ${formatMs(top.threadHeldMsPerCall)} a call, and requests queue for it`
      : `holds ${formatShare(top.occupancyShare)} of the thread`;
  return (
    <p className="answer" data-testid="headline">
      <strong>{top.name}</strong> {what}
      {gain}.
    </p>
  );
}
