import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { LiveRanking } from '@/components/LiveRanking';
import { occupancyBars } from '@/components/bars';
import { OccupancyChart } from '@/components/OccupancyChart';
import { RankingTable } from '@/components/RankingTable';
import { Kpis } from '@/components/Kpis';
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
  return (
    <>
      <Kpis ranking={ranking} />
      <h2>Occupancy and waiting per call</h2>
      <OccupancyChart bars={occupancyBars(ranking.middleware)} />
      <h2>Ranking by total thread occupancy</h2>
      <RankingTable service={service} rows={ranking.middleware} />
    </>
  );
}

export default async function ServicePage({ params, searchParams }: Props) {
  const { service: raw } = await params;
  const service = decodeURIComponent(raw);
  const sp = await searchParams;
  const live = one(sp.live) === '1';
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
        <Link href={`?${new URLSearchParams({ live: '1', ...(version ? { version } : {}) })}`} aria-current={live}>
          Live
        </Link>
        {Object.keys(RANGES).map((r) => (
          <Link key={r} href={href(r)} aria-current={!live && r === range}>
            {r}
          </Link>
        ))}
        {version && <span className="tag">version {version}</span>}
        <Link href={`/services/${encodeURIComponent(service)}/compare`}>Compare versions</Link>
      </nav>
      {live ? (
        <LiveRanking service={service} version={version} />
      ) : (
        <Suspense key={`${range}:${version}`} fallback={<p className="muted">Loading ranking…</p>}>
          <Ranking service={service} range={range} version={version} />
        </Suspense>
      )}
    </>
  );
}
