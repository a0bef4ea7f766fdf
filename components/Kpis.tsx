import type { Ceiling, MiddlewareRanking, Resource, ResourceUse } from '@/lib/query/types';
import { formatCount, formatMs, formatRps, formatShare, RESOURCE_NAMES } from './format';

/** Why each resource allows what it does, from what one request used of it. */
function because(resource: Resource, use: ResourceUse | undefined): string {
  if (use === undefined) return '';
  switch (resource) {
    case 'event-loop':
      return use.loopMsPerRequest === null ? '' : ` (${formatMs(use.loopMsPerRequest)} of the thread a request)`;
    case 'thread-pool':
      return use.poolMsPerRequest === null
        ? ''
        : ` (${formatCount(use.poolThreads, 0)} threads, ${formatMs(use.poolMsPerRequest)} of pool time a request)`;
    case 'cpu':
      return use.cpuMsPerRequest === null
        ? ''
        : ` (${formatCount(use.cores, 2)} cores usable, ${formatMs(use.cpuMsPerRequest)} of CPU a request)`;
    default:
      return '';
  }
}

/** Which resource bounds the ceiling, and what the others would allow, in words. */
export function bindingReason(c: Ceiling, use?: ResourceUse): string {
  if (c.binding === null) return '';
  const others = (
    [
      ['event-loop', c.eventLoopRps],
      ['thread-pool', c.threadPoolRps],
      ['cpu', c.cpuRps],
      ['sync-thread', c.syncThreadRps],
    ] as [Resource, number | null][]
  ).filter(([r, v]) => r !== c.binding && v !== null);
  const rest =
    others.length === 0
      ? ''
      : ` ${others.map(([r, v]) => `${capital(RESOURCE_NAMES[r])} would allow ${formatRps(v)}${because(r, use)}.`).join(' ')}`;
  const bound =
    c.binding === 'sync-thread'
      ? ': sync code runs on one thread per process, so requests queue for it'
      : because(c.binding, use);
  return `Bound by ${RESOURCE_NAMES[c.binding]}${bound}.${rest}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The service's headline figures: the ceiling and what binds it, the event loop, and the
 *  sync threads or the thread pool where the producer reports them. */
export function Kpis({ ranking }: { ranking: MiddlewareRanking }) {
  const items: [string, string, string][] = [
    ['Concurrency ceiling', formatRps(ranking.ceilingRps), 'ceiling'],
    ['Event-loop utilization', formatShare(ranking.eventLoop.utilization), 'elu'],
    ['Event-loop delay p99', formatMs(ranking.eventLoop.delayP99Ms), 'delay'],
    ...(ranking.syncThread.utilization === null
      ? []
      : ([
          ranking.syncThread.model === 'per-request'
            ? [
                'Sync threads busy (Django, a thread per request)',
                formatCount(ranking.syncThread.utilization, 1),
                'sync-thread',
              ]
            : ['Shared sync thread busy (Django)', formatShare(ranking.syncThread.utilization), 'sync-thread'],
          ['Threads in the process', formatCount(ranking.syncThread.threads, 0), 'threads'],
        ] as [string, string, string][])),
    ...(ranking.threadPool.inUse === null
      ? []
      : ([
          [
            'Pool threads in use (mean)',
            `${formatCount(ranking.threadPool.inUse, 1)} of ${formatCount(ranking.threadPool.threads, 0)}`,
            'pool-in-use',
          ],
          ['Calls waiting for a pool thread (mean)', formatCount(ranking.threadPool.waiting, 1), 'pool-waiting'],
        ] as [string, string, string][])),
  ];
  const reason = bindingReason(ranking.ceiling, ranking.resources);
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
