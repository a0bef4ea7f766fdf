import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { Answer } from '@/components/Answer';
import { Breadcrumb, serviceTrail } from '@/components/Breadcrumb';
import { HistogramChart } from '@/components/charts/HistogramChart';
import { FlameGraph } from '@/components/charts/FlameGraph';
import { SeriesChart } from '@/components/charts/SeriesChart';
import { formatCount, formatMs, formatShare } from '@/components/format';
import { ExemplarTable } from '@/components/tables/ExemplarTable';
import { FrameTable } from '@/components/tables/FrameTable';
import { RouteTable } from '@/components/tables/RouteTable';
import { db } from '@/lib/db/client';
import {
  DEFAULT_EXEMPLARS,
  EXEMPLAR_SORTS,
  middlewareDetail,
  parseExemplarSort,
  type ExemplarSort,
  type MiddlewareDetail,
} from '@/lib/query/detail';
import { Choice } from '@/components/Choice';
import { HttpError } from '@/lib/http/errors';
import { paramsOf, type PageSearchParams } from '@/lib/http/params';
import { DEFAULT_RANGE, parseRange, RANGES } from '@/lib/query/range';
import { pageScope, scopeParams, type Scope } from '@/lib/query/scope';
import { decodeSegment } from '@/lib/query/segment';
import { middlewareStacks, type MiddlewareStacks } from '@/lib/query/stacks';
import { serviceVersions, versionMarkers, type VersionMarker } from '@/lib/query/services';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ service: string; name: string }>; searchParams: Promise<PageSearchParams> };

/** A middleware with no calls in the range is no error: the page says so and offers a longer one. */
type Loaded = { d: MiddlewareDetail; markers: VersionMarker[]; stacks: MiddlewareStacks };

async function loadDetail(
  service: string,
  name: string,
  range: string,
  scope: Scope,
  sort: ExemplarSort,
): Promise<Loaded | string> {
  try {
    const r = parseRange(new URLSearchParams({ range }));
    const [d, markers, stacks] = await Promise.all([
      middlewareDetail(db(), service, name, r, scope, DEFAULT_EXEMPLARS, sort),
      versionMarkers(db(), service, r),
      middlewareStacks(db(), service, name, r, scope),
    ]);
    return { d, markers, stacks };
  } catch (err) {
    if (err instanceof HttpError && err.status === 404) return `${err.message}. Pick a longer range.`;
    throw err;
  }
}

function WhyItBlocks({ name, stacks }: { name: string; stacks: MiddlewareStacks }) {
  if (stacks.samples === 0) {
    return (
      <p className="panel muted">
        No stacks: the service does not profile (start it with HOPSCOPE_PROFILE=true, or <code>profile: true</code>), or{' '}
        {name} held the thread too briefly to be sampled in this range.
      </p>
    );
  }
  return (
    <>
      {stacks.hottest !== null && (
        <p className="panel" role="status">
          {name} holds the thread {formatShare(stacks.hottest.share)} of its sampled time in{' '}
          <code>{stacks.hottest.frame}</code> ({formatCount(stacks.samples)} samples).
        </p>
      )}
      <FlameGraph middleware={name} stacks={stacks.stacks} />
      <FrameTable rows={stacks.frames} samples={stacks.samples} />
    </>
  );
}

function DetailView({
  service,
  loaded: { d, markers, stacks },
  sort,
  query,
}: {
  service: string;
  loaded: Loaded;
  sort: ExemplarSort;
  query: URLSearchParams;
}) {
  const s = d.summary;
  const kpis: [string, string][] = [
    ['Calls', formatCount(s.calls)],
    [
      'p50 / p95 / p99 duration',
      `${formatMs(s.durationP50Ms)} / ${formatMs(s.durationP95Ms)} / ${formatMs(s.durationP99Ms)}`,
    ],
    ['p95 occupancy', formatMs(s.occupancyP95Ms)],
    ['Hops / call', formatCount(s.hopsPerCall, 2)],
    ['Blocking segments', formatCount(s.blockingCount)],
    ['Stall inflicted', formatMs(s.stallMs)],
    ...(s.threadHeldMsPerCall === null
      ? []
      : ([
          ['Thread held / call (p95)', `${formatMs(s.threadHeldMsPerCall)} (${formatMs(s.threadHeldP95Ms)})`],
          ['Queued for it / call (p95)', `${formatMs(s.threadWaitMsPerCall)} (${formatMs(s.threadWaitP95Ms)})`],
        ] as [string, string][])),
  ];
  return (
    <>
      <div className="kpis">
        {kpis.map(([label, value]) => (
          <div className="panel kpi" key={label}>
            <div className="muted">{label}</div>
            <div className="value">{value}</div>
          </div>
        ))}
      </div>
      {!s.measured && (
        <p className="panel">Plain OpenTelemetry spans: wall time only; occupancy and hops are not measured.</p>
      )}
      <h2>Distributions</h2>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(360px, 1fr))', gap: '1rem' }}>
        {s.measured && (
          <HistogramChart bars={d.histograms.occupancy} label="Occupancy per call" colour="var(--occupancy)" />
        )}
        <HistogramChart bars={d.histograms.duration} label="Duration per call" colour="var(--waiting)" />
      </div>
      {d.hopKinds.length > 0 && (
        <>
          <h2>Hops per call, by kind</h2>
          <table className="data" aria-label="Hops per call by kind" style={{ maxWidth: '28rem' }}>
            <tbody>
              {d.hopKinds.map((k) => (
                <tr key={k.kind}>
                  <th scope="row" style={{ textAlign: 'left' }}>
                    {k.kind}
                  </th>
                  <td>{formatCount(k.perCall, 2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2>Why it holds the thread</h2>
      <WhyItBlocks name={d.summary.name} stacks={stacks} />
      <h2>Over time ({d.stepSeconds / 60} min steps)</h2>
      <SeriesChart rows={d.series} markers={markers} />
      <h2>Routes</h2>
      <RouteTable rows={d.routes} />
      <h2>Sampled invocations</h2>
      <ExemplarTable service={service} rows={d.exemplars} sort={sort} query={query} />
    </>
  );
}

export default async function MiddlewarePage({ params, searchParams }: Props) {
  const p = await params;
  const service = decodeSegment(p.service);
  const name = decodeSegment(p.name);
  const versions = service === null ? [] : await serviceVersions(db(), service);
  if (service === null || name === null || versions.length === 0) notFound();
  const sp = paramsOf(await searchParams);
  const range = sp.get('range') ?? DEFAULT_RANGE;
  const scope = pageScope(sp, versions);
  // The page's default: what held the thread longest first (a wrong sort: the default).
  const sort =
    sp.get('sort') === null || !Object.hasOwn(EXEMPLAR_SORTS, sp.get('sort')!)
      ? 'occupancy'
      : parseExemplarSort(sp.get('sort'));
  // Links keep the range, version and environment.
  const query = new URLSearchParams({ range, ...scopeParams(scope) });
  const serviceQuery = `?${query}`;
  return (
    <>
      <Breadcrumb trail={serviceTrail(service, serviceQuery)} />
      <h1>{name}</h1>
      <nav className="filters" aria-label="Time range">
        {Object.keys(RANGES).map((r) => (
          <Link
            key={r}
            href={`?${new URLSearchParams({ range: r, ...scopeParams(scope), sort })}`}
            aria-current={r === range}
          >
            {r}
          </Link>
        ))}
      </nav>
      <form className="filters" method="get" aria-label="Version">
        <input type="hidden" name="range" value={range} />
        <input type="hidden" name="sort" value={sort} />
        <Choice name="version" label="version" options={versions} value={scope.version ?? ''} any="all versions" />
        <button type="submit">Apply</button>
      </form>
      <p className="muted legend">
        <strong>Occupancy</strong>: time it held the thread, when no other request could run. <strong>Stall</strong>:
        its synchronous time × the other requests in flight. <strong>Hops</strong>: times it gave the thread up and came
        back (microtask, io, threadpool, worker; thread for Django). A <strong>blocking segment</strong> is one
        synchronous stretch of at least the instrumentation&apos;s blockingThreshold (10 ms by default).
      </p>
      <Suspense
        key={`${range}:${scope.version}:${scope.environment}:${sort}`}
        fallback={<p className="muted">Loading…</p>}
      >
        <Answer load={() => loadDetail(service, name, range, scope, sort)}>
          {(d) =>
            typeof d === 'string' ? (
              <p className="panel" role="status">
                {d}
              </p>
            ) : (
              <DetailView service={service} loaded={d} sort={sort} query={query} />
            )
          }
        </Answer>
      </Suspense>
    </>
  );
}
