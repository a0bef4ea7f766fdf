import type { MiddlewareRanking } from '@/lib/query/types';
import { formatMs, formatRps, formatShare } from './format';

/** The service's headline figures: the ceiling one thread allows, and the event loop. */
export function Kpis({ ranking }: { ranking: MiddlewareRanking }) {
  const items: [string, string, string][] = [
    ['Concurrency ceiling (one thread)', formatRps(ranking.ceilingRps), 'ceiling'],
    ['Event-loop utilization', formatShare(ranking.eventLoop.utilization), 'elu'],
    ['Event-loop delay p99', formatMs(ranking.eventLoop.delayP99Ms), 'delay'],
  ];
  return (
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
  );
}
