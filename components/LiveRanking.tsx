'use client';
// Live mode: the last five minutes, refreshed every second over Server-Sent Events
// (GET /api/services/{service}/live), without reloading. Rows keep their identity (keys)
// and the charts do not animate, so nothing jumps when a new summary arrives.
import { useEffect, useState } from 'react';
import type { Scope } from '@/lib/query/scope';
import type { MiddlewareRanking } from '@/lib/query/types';
import { occupancyBars } from './charts/bars';
import { OccupancyChart } from './charts/OccupancyChart';
import { RankingTable } from './tables/RankingTable';
import { formatTime } from './format';
import { blocker, Headline } from './Headline';
import { Kpis } from './Kpis';

export function LiveRanking({ service, scope }: { service: string; scope: Scope }) {
  const [ranking, setRanking] = useState<MiddlewareRanking | null>(null);
  const [status, setStatus] = useState<'connecting' | 'live' | 'reconnecting' | 'refused' | 'signed-out'>('connecting');

  useEffect(() => {
    const params = new URLSearchParams();
    if (scope.version) params.set('version', scope.version);
    if (scope.environment) params.set('environment', scope.environment);
    const query = params.size > 0 ? `?${params}` : '';
    const source = new EventSource(`/api/services/${encodeURIComponent(service)}/live${query}`);
    source.addEventListener('summary', (e) => {
      setRanking(JSON.parse((e as MessageEvent<string>).data) as MiddlewareRanking);
      setStatus('live');
    });
    // EventSource reconnects by itself after a dropped connection (say so meanwhile), but
    // not after an answer that is no stream (an unknown service, too many streams): it
    // closes, and waiting would be forever.
    source.onerror = () => setStatus(source.readyState === EventSource.CLOSED ? 'refused' : 'reconnecting');
    // The server ends a stream whose viewer signed out (or was removed): no reconnecting.
    source.addEventListener('signed-out', () => {
      source.close();
      setStatus('signed-out');
    });
    return () => source.close();
  }, [service, scope.version, scope.environment]);

  if (status === 'signed-out') {
    return (
      <p className="panel" role="alert">
        You were signed out: the live stream stopped. <a href="/sign-in">Sign in again</a>
      </p>
    );
  }
  if (status === 'refused') {
    return (
      <p className="panel" role="alert">
        The live stream was refused: the service may be unknown, or too many live views are open. Reload to try again.
      </p>
    );
  }
  if (ranking === null)
    return (
      <p className="muted" role="status">
        Connecting to the live stream…
      </p>
    );
  return (
    <>
      <p className="muted" role="status" aria-live="polite">
        {status === 'live' ? '● Live' : '○ Reconnecting…'}: the last five minutes, updated every second (to{' '}
        {formatTime(ranking.to)})
      </p>
      <Headline ranking={ranking} />
      <Kpis ranking={ranking} />
      {ranking.middleware.length === 0 ? (
        <p className="panel">No middleware data in the last five minutes.</p>
      ) : (
        <>
          <h2>The chain, in request order: occupancy and waiting per call</h2>
          <OccupancyChart bars={occupancyBars(ranking.middleware, blocker(ranking)?.name)} />
          <h2>Ranking by total thread occupancy</h2>
          <RankingTable service={service} rows={ranking.middleware} />
        </>
      )}
    </>
  );
}
