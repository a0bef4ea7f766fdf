import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { OccupancyChart } from '@/components/OccupancyChart';
import { RankingTable } from '@/components/RankingTable';
import { formatRps } from '@/components/format';
import { db } from '@/lib/db/client';
import { QueryError } from '@/lib/query/errors';
import { DEFAULT_RANGE, parseRange, RANGES } from '@/lib/query/range';
import { middlewareRanking } from '@/lib/query/ranking';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ service: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function one(v: string | string[] | undefined): string | null {
  return typeof v === 'string' ? v : null;
}

async function Ranking({ service, range, version }: { service: string; range: string; version: string | null }) {
  let ranking;
  try {
    ranking = await middlewareRanking(db(), service, parseRange(new URLSearchParams({ range })), version);
  } catch (err) {
    if (err instanceof QueryError && err.status === 404) notFound();
    if (err instanceof QueryError) return <p role="alert">{err.message}</p>;
    throw err;
  }
  if (ranking.middleware.length === 0) {
    return <p className="panel" role="status">No middleware data in this range. Pick a longer range, or wait for the next export.</p>;
  }
  const bars = ranking.middleware
    .filter((m) => m.measured)
    .map((m) => ({
      name: m.name,
      occupancyMs: m.occupancyMsPerCall ?? 0,
      waitingMs: Math.max(0, (m.durationMsPerCall ?? 0) - (m.occupancyMsPerCall ?? 0)),
    }));
  return (
    <>
      <div className="kpis">
        <div className="panel kpi">
          <div className="muted">Concurrency ceiling (one thread)</div>
          <div className="value" data-testid="ceiling">{formatRps(ranking.ceilingRps)}</div>
        </div>
      </div>
      <h2>Occupancy and waiting per call</h2>
      <OccupancyChart bars={bars} />
      <h2>Ranking by total thread occupancy</h2>
      <RankingTable service={service} rows={ranking.middleware} />
    </>
  );
}

export default async function ServicePage({ params, searchParams }: Props) {
  const { service: raw } = await params;
  const service = decodeURIComponent(raw);
  const sp = await searchParams;
  const range = one(sp.range) ?? DEFAULT_RANGE;
  const version = one(sp.version);
  const href = (r: string) => `?${new URLSearchParams({ range: r, ...(version ? { version } : {}) })}`;
  return (
    <>
      <p className="muted">
        <Link href="/">Services</Link> /
      </p>
      <h1>{service}</h1>
      <nav className="filters" aria-label="Time range">
        {Object.keys(RANGES).map((r) => (
          <Link key={r} href={href(r)} aria-current={r === range}>
            {r}
          </Link>
        ))}
        {version && <span className="tag">version {version}</span>}
        <Link href={`/services/${encodeURIComponent(service)}/compare`}>Compare versions</Link>
      </nav>
      <Suspense key={`${range}:${version}`} fallback={<p className="muted">Loading ranking…</p>}>
        <Ranking service={service} range={range} version={version} />
      </Suspense>
    </>
  );
}
