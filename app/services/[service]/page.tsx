import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { Answer } from '@/components/Answer';
import { Breadcrumb } from '@/components/Breadcrumb';
import { Choice } from '@/components/Choice';
import { blocker, Headline } from '@/components/Headline';
import { Kpis } from '@/components/Kpis';
import { LiveRanking } from '@/components/LiveRanking';
import { occupancyBars } from '@/components/charts/bars';
import { OccupancyChart } from '@/components/charts/OccupancyChart';
import { ServiceSeriesChart } from '@/components/charts/ServiceSeriesChart';
import { RankingTable } from '@/components/tables/RankingTable';
import { db } from '@/lib/db/client';
import { paramsOf, type PageSearchParams } from '@/lib/http/params';
import { DEFAULT_RANGE, formBounds, parseRange, RANGES } from '@/lib/query/range';
import { middlewareRanking } from '@/lib/query/ranking';
import { pageScope, scopeParams, scopeQuery, type Scope } from '@/lib/query/scope';
import { serviceSeries } from '@/lib/query/series';
import { serviceEnvironments, serviceVersions, versionMarkers } from '@/lib/query/services';
import { decodeSegment } from '@/lib/query/segment';
import { occupancySparklines } from '@/lib/query/sparklines';
import { middlewareStacks } from '@/lib/query/stacks';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ service: string }>; searchParams: Promise<PageSearchParams> };

async function loadRanking(service: string, query: URLSearchParams, scope: Scope) {
  const range = parseRange(query);
  const [ranking, series, sparklines, markers] = await Promise.all([
    middlewareRanking(db(), service, range, scope),
    serviceSeries(db(), service, range, scope),
    occupancySparklines(db(), service, range, scope),
    versionMarkers(db(), service, range),
  ]);
  // Why the top blocker blocks, when the service profiles: its hottest frame.
  const top = blocker(ranking);
  const hottest = top === null ? null : (await middlewareStacks(db(), service, top.name, range, scope)).hottest;
  return { ranking, series, sparklines, markers, hottest };
}

function Ranking({ service, query, scope }: { service: string; query: URLSearchParams; scope: Scope }) {
  return (
    <Answer load={() => loadRanking(service, query, scope)}>
      {({ ranking, series, sparklines, markers, hottest }) =>
        ranking.middleware.length === 0 ? (
          <p className="panel" role="status">
            {ranking.eventLoop.utilization !== null
              ? 'This service reports its runtime but no middleware in this range: its framework may be one Hopscope does not measure (Express, Connect, Koa, Fastify and Django are; its instrumentation warns at start about the others), or no request reached an instrumented middleware.'
              : 'No middleware data in this range. Pick a longer range, or wait for the next export.'}
          </p>
        ) : (
          <>
            <Headline ranking={ranking} hottest={hottest} />
            <Kpis ranking={ranking} />
            <h2>The chain, in request order: occupancy and waiting per call</h2>
            <OccupancyChart bars={occupancyBars(ranking.middleware, blocker(ranking)?.name)} />
            <h2>Over time</h2>
            <ServiceSeriesChart points={series} markers={markers} />
            <h2>Ranking by total thread occupancy</h2>
            <RankingTable
              service={service}
              rows={ranking.middleware}
              sparklines={sparklines}
              query={query.toString() + scopeQuery(scope)}
            />
          </>
        )
      }
    </Answer>
  );
}

export default async function ServicePage({ params, searchParams }: Props) {
  const service = decodeSegment((await params).service);
  // Unknown before anything streams: the answer is a real 404, not a 200 with a message.
  const [versions, environments] =
    service === null
      ? [[], []]
      : await Promise.all([serviceVersions(db(), service), serviceEnvironments(db(), service)]);
  if (service === null || versions.length === 0) notFound();
  const sp = paramsOf(await searchParams);
  const live = sp.get('live') === '1';
  const from = sp.get('from');
  const to = sp.get('to');
  const custom = from !== null || to !== null;
  const range = sp.get('range') ?? DEFAULT_RANGE;
  const scope: Scope = pageScope(sp, versions);
  const href = (extra: Record<string, string>) => `?${new URLSearchParams({ ...extra, ...scopeParams(scope) })}`;
  const query = new URLSearchParams(custom ? { ...(from ? { from } : {}), ...(to ? { to } : {}) } : { range });
  const bounds = formBounds(range);
  return (
    <>
      <Breadcrumb trail={[{ label: 'Services', href: '/' }]} />
      <h1>{service}</h1>
      <nav className="filters" aria-label="Time range">
        <Link href={href({ live: '1' })} aria-current={live}>
          Live
        </Link>
        {Object.keys(RANGES).map((r) => (
          <Link key={r} href={href({ range: r })} aria-current={!live && !custom && r === range}>
            {r}
          </Link>
        ))}
        <Link href={`/services/${encodeURIComponent(service)}/compare`}>Compare versions</Link>
      </nav>
      <form className="filters" method="get" aria-label="Version and environment">
        {/* The range stays as it is: a rolling range stays rolling. */}
        {custom ? (
          <>
            {from && <input type="hidden" name="from" value={from} />}
            {to && <input type="hidden" name="to" value={to} />}
          </>
        ) : (
          <input type="hidden" name="range" value={range} />
        )}
        <Choice name="version" label="version" options={versions} value={scope.version ?? ''} any="all versions" />
        <Choice
          name="environment"
          label="environment"
          options={environments}
          value={scope.environment ?? ''}
          any="all environments"
        />
        <button type="submit">Apply</button>
      </form>
      <form className="filters" method="get" aria-label="Custom range">
        <label>
          from <input name="from" size={22} defaultValue={from ?? bounds.from} aria-describedby="iso-hint" />
        </label>
        <label>
          to <input name="to" size={22} defaultValue={to ?? bounds.to} aria-describedby="iso-hint" />
        </label>
        <input type="hidden" name="version" value={scope.version ?? ''} />
        {scope.environment !== null && <input type="hidden" name="environment" value={scope.environment} />}
        <button type="submit">Show range</button>
        <span id="iso-hint" className="muted">
          ISO-8601 with a time zone, e.g. 2026-11-25T10:00:00Z
        </span>
      </form>
      {live ? (
        <LiveRanking service={service} scope={scope} />
      ) : (
        <Suspense
          key={`${query}:${scope.version}:${scope.environment}`}
          fallback={<p className="muted">Loading ranking…</p>}
        >
          <Ranking service={service} query={query} scope={scope} />
        </Suspense>
      )}
    </>
  );
}
