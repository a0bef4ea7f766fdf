import type { Ceiling, MiddlewareRanking } from '@/lib/query/types';
import { formatCount, formatMs, formatRps, formatShare } from './format';

/** Which resource bounds the ceiling, and why, in words. */
export function bindingReason(c: Ceiling): string {
  if (c.binding === 'sync-thread') {
    return (
      `Bound by the shared sync thread: sync code runs on one thread per process, so requests queue for it ` +
      `(at most ${formatRps(c.syncThreadRps)}; the event loop alone would allow ${formatRps(c.eventLoopRps)}).`
    );
  }
  if (c.binding === 'event-loop') {
    return c.syncThreadRps === null
      ? 'Bound by the event loop: one thread runs every request’s code.'
      : `Bound by the event loop (the shared sync thread would allow ${formatRps(c.syncThreadRps)}).`;
  }
  return '';
}

/** The service's headline figures: the ceiling and what binds it, and the event loop. */
export function Kpis({ ranking }: { ranking: MiddlewareRanking }) {
  const items: [string, string, string][] = [
    ['Concurrency ceiling', formatRps(ranking.ceilingRps), 'ceiling'],
    ['Event-loop utilization', formatShare(ranking.eventLoop.utilization), 'elu'],
    ['Event-loop delay p99', formatMs(ranking.eventLoop.delayP99Ms), 'delay'],
    ...(ranking.syncThread.utilization === null
      ? []
      : ([
          ['Sync thread busy (Django)', formatShare(ranking.syncThread.utilization), 'sync-thread'],
          ['Threads in the process', formatCount(ranking.syncThread.threads, 0), 'threads'],
        ] as [string, string, string][])),
  ];
  const reason = bindingReason(ranking.ceiling);
  return (
    <>
      <div className="kpis">
        {items.map(([label, value, id]) => (
          <div className="panel kpi" key={id}>
            <div className="muted">{label}</div>
            <div className="value" data-testid={id}>
              {value}
            </div>
          </div>
        ))}
      </div>
      {reason && (
        <p className="muted" data-testid="ceiling-binding">
          {reason}
        </p>
      )}
    </>
  );
}
