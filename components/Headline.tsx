import type { MiddlewareStacks } from '@/lib/query/stacks';
import type { MiddlewareRanking, MiddlewareRow, Resource } from '@/lib/query/types';
import { formatMs, formatRps, formatShare, RESOURCE_NAMES } from './format';

/**
 * The middleware that most limits the service: the one whose removal would raise the
 * ceiling most (its share taken out of whichever resource binds); the framework's own
 * steps are never it. Ties go to the most thread time.
 */
export function blocker(r: MiddlewareRanking): MiddlewareRow | null {
  let best: MiddlewareRow | null = null;
  for (const m of r.middleware) {
    if (!m.measured || m.frameworkStep) continue;
    if (best === null || (m.ceilingWithoutRps ?? 0) > (best.ceilingWithoutRps ?? 0)) best = m;
  }
  return best;
}

/** What the blocker does with the resource that binds, in words. */
function what(binding: Resource | null, top: MiddlewareRow): string {
  switch (binding) {
    case 'sync-thread':
      return `holds the shared sync thread ${formatMs(top.threadHeldMsPerCall)} a call, and requests queue for it`;
    case 'thread-pool':
      return 'keeps the thread pool busiest, and the pool is what binds';
    case 'cpu':
      return `uses the most CPU (${formatShare(top.occupancyShare)} of the thread, and its thread-pool work), and the CPU is what binds`;
    default:
      return `holds ${formatShare(top.occupancyShare)} of the thread`;
  }
}

/** Below this gain from removing the top middleware, none stands out. */
const STANDS_OUT = 1.05;

/** The answer to "which middleware blocks concurrency?", in one sentence, from the data. */
export function Headline({
  ranking,
  hottest = null,
}: {
  ranking: MiddlewareRanking;
  hottest?: MiddlewareStacks['hottest'];
}) {
  const top = blocker(ranking);
  if (top === null || ranking.ceilingRps === null || ranking.ceiling.binding === null) return null;
  const without = top.ceilingWithoutRps;
  if (without !== null && without < ranking.ceilingRps * STANDS_OUT) {
    // Naming one would be a guess between near-equals: say what binds instead.
    return (
      <p className="answer" data-testid="headline">
        No single middleware stands out: {RESOURCE_NAMES[ranking.ceiling.binding]} binds at{' '}
        {formatRps(ranking.ceilingRps)}, and removing any one would gain less than {Math.round((STANDS_OUT - 1) * 100)}{' '}
        %.
      </p>
    );
  }
  // "At least": the prediction takes out only what the middleware used, and the rest of the
  // work gets no slower without it, often faster (README, "ceiling without it").
  const gain =
    without === null
      ? ''
      : `: the ceiling would go from ${formatRps(ranking.ceilingRps)} to at least ${formatRps(without)} without it`;
  return (
    <p className="answer" data-testid="headline">
      <strong>{top.name}</strong> {what(ranking.ceiling.binding, top)}
      {gain}.
      {hottest !== null && (
        <>
          {' '}
          It holds the thread {formatShare(hottest.share)} of its sampled time in <code>{hottest.frame}</code>.
        </>
      )}
    </p>
  );
}
