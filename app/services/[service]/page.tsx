import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { Choice } from '@/components/Choice';
import { LiveRanking } from '@/components/LiveRanking';
import { occupancyBars } from '@/components/bars';
import { OccupancyChart } from '@/components/OccupancyChart';
import { RankingTable } from '@/components/RankingTable';
import { ServiceSeriesChart } from '@/components/ServiceSeriesChart';
import { Kpis } from '@/components/Kpis';
import { db } from '@/lib/db/client';
import { QueryError } from '@/lib/query/errors';
import { DEFAULT_RANGE, parseRange, RANGES } from '@/lib/query/range';
import { middlewareRanking } from '@/lib/query/ranking';
import { serviceSeries } from '@/lib/query/series';
import { occupancySparklines } from '@/lib/query/sparklines';
import type { Scope } from '@/lib/query/scope';
import { serviceEnvironments, serviceVersions } from '@/lib/query/services';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ service: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function one(v: string | string[] | undefined): string | null {
  return typeof v === 'string' ? v : null;
}

async function Ranking({ service, query, scope }: { service: string; query: URLSearchParams; scope: Scope }) {
  let ranking;
  let series;
  let sparklines;
  try {
    const range = parseRange(query);
    [ranking, series, sparklines] = await Promise.all([
      middlewareRanking(db(), service, range, scope),
      serviceSeries(db(), service, range, scope),
      occupancySparklines(db(), service, range, scope),
    ]);
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
      <h2>The chain, in request order: occupancy and waiting per call</h2>
      <OccupancyChart bars={occupancyBars(ranking.middleware)} />
      <h2>Over time</h2>
      <ServiceSeriesChart points={series} />
      <h2>Ranking by total thread occupancy</h2>
      <RankingTable service={service} rows={ranking.middleware} sparklines={sparklines} />
    </>
  );
}

export default async function ServicePage({ params, searchParams }: Props) {
  const { service: raw } = await params;
  const service = decodeURIComponent(raw);
  const sp = await searchParams;
  const live = one(sp.live) === '1';
  const from = one(sp.from);
  const to = one(sp.to);
  const custom = from !== null || to !== null;
  const range = one(sp.range) ?? DEFAULT_RANGE;
  const scope: Scope = { version: one(sp.version) || null, environment: one(sp.environment) || null };
  const scopeParams = { ...(scope.version ? { version: scope.version } : {}), ...(scope.environment ? { environment: scope.environment } : {}) };
  const href = (r: string) => `?${new URLSearchParams({ range: r, ...scopeParams })}`;
  const query = new URLSearchParams(custom ? { ...(from ? { from } : {}), ...(to ? { to } : {}) } : { range });
  const [versions, environments] = await Promise.all([serviceVersions(db(), service), serviceEnvironments(db(), service)]);
  const now = Date.now();
  return (
    <>
      <p className="muted">
        <Link href="/">Services</Link> /
      </p>
      <h1>{service}</h1>
      <nav className="filters" aria-label="Time range">
        <Link href={`?${new URLSearchParams({ live: '1', ...scopeParams })}`} aria-current={live}>
          Live
        </Link>
        {Object.keys(RANGES).map((r) => (
          <Link key={r} href={href(r)} aria-current={!live && !custom && r === range}>
            {r}
          </Link>
        ))}
        <Link href={`/services/${encodeURIComponent(service)}/compare`}>Compare versions</Link>
      </nav>
      <form className="filters" method="get" aria-label="Custom range, version and environment">
        <label>
          from <input name="from" size={22} defaultValue={from ?? new Date(now - RANGES[DEFAULT_RANGE]).toISOString()} aria-describedby="iso-hint" />
        </label>
        <label>
          to <input name="to" size={22} defaultValue={to ?? new Date(now).toISOString()} aria-describedby="iso-hint" />
        </label>
        <Choice name="version" label="version" options={versions} value={scope.version ?? ''} any="all versions" />
        <Choice name="environment" label="environment" options={environments} value={scope.environment ?? ''} any="all environments" />
        <button type="submit">Apply</button>
        <span id="iso-hint" className="muted">
          ISO-8601 with a time zone, e.g. 2026-11-25T10:00:00Z
        </span>
      </form>
      {live ? (
        <LiveRanking service={service} scope={scope} />
      ) : (
        <Suspense key={`${query}:${scope.version}:${scope.environment}`} fallback={<p className="muted">Loading ranking…</p>}>
          <Ranking service={service} query={query} scope={scope} />
        </Suspense>
      )}
    </>
  );
}
