import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { ExemplarTable } from '@/components/ExemplarTable';
import { HistogramChart } from '@/components/HistogramChart';
import { RouteTable } from '@/components/RouteTable';
import { SeriesChart } from '@/components/SeriesChart';
import { formatCount, formatMs } from '@/components/format';
import { db } from '@/lib/db/client';
import { middlewareDetail } from '@/lib/query/detail';
import { QueryError } from '@/lib/query/errors';
import { DEFAULT_RANGE, parseRange, RANGES } from '@/lib/query/range';
import type { Scope } from '@/lib/query/scope';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ service: string; name: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : null);

async function Detail({ service, name, range, scope }: { service: string; name: string; range: string; scope: Scope }) {
  let d;
  try {
    d = await middlewareDetail(db(), service, name, parseRange(new URLSearchParams({ range })), scope, 20);
  } catch (err) {
    if (err instanceof QueryError && err.status === 404) return <p className="panel" role="status">{err.message}. Pick a longer range.</p>;
    if (err instanceof QueryError) return <p role="alert">{err.message}</p>;
    throw err;
  }
  const s = d.summary;
  const kpis: [string, string][] = [
    ['Calls', formatCount(s.calls)],
    ['p50 / p95 / p99 duration', `${formatMs(s.durationP50Ms)} / ${formatMs(s.durationP95Ms)} / ${formatMs(s.durationP99Ms)}`],
    ['p95 occupancy', formatMs(s.occupancyP95Ms)],
    ['Hops / call', formatCount(s.hopsPerCall, 2)],
    ['Blocking segments', formatCount(s.blockingCount)],
    ['Stall inflicted', formatMs(s.stallMs)],
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
      {!s.measured && <p className="panel">Plain OpenTelemetry spans: wall time only; occupancy and hops are not measured.</p>}
      <h2>Distributions</h2>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(360px, 1fr))', gap: '1rem' }}>
        {s.measured && <HistogramChart bars={d.histograms.occupancy} label="Occupancy per call" colour="var(--occupancy)" />}
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
      <h2>Over time ({d.stepSeconds / 60} min steps)</h2>
      <SeriesChart rows={d.series} />
      <h2>Routes</h2>
      <RouteTable rows={d.routes} />
      <h2>Slowest sampled invocations</h2>
      <ExemplarTable service={service} rows={d.exemplars} />
    </>
  );
}

export default async function MiddlewarePage({ params, searchParams }: Props) {
  const p = await params;
  const service = decodeURIComponent(p.service);
  const name = decodeURIComponent(p.name);
  const sp = await searchParams;
  const range = one(sp.range) ?? DEFAULT_RANGE;
  const scope: Scope = { version: one(sp.version) || null, environment: one(sp.environment) || null };
  const scopeParams = { ...(scope.version ? { version: scope.version } : {}), ...(scope.environment ? { environment: scope.environment } : {}) };
  if (!service) notFound();
  return (
    <>
      <p className="muted">
        <Link href="/">Services</Link> / <Link href={`/services/${encodeURIComponent(service)}`}>{service}</Link> /
      </p>
      <h1>{name}</h1>
      <nav className="filters" aria-label="Time range">
        {Object.keys(RANGES).map((r) => (
          <Link key={r} href={`?${new URLSearchParams({ range: r, ...scopeParams })}`} aria-current={r === range}>
            {r}
          </Link>
        ))}
      </nav>
      <Suspense key={`${range}:${scope.version}:${scope.environment}`} fallback={<p className="muted">Loading…</p>}>
        <Detail service={service} name={name} range={range} scope={scope} />
      </Suspense>
    </>
  );
}
