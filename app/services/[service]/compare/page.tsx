import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { Choice } from '@/components/Choice';
import { CompareTable } from '@/components/CompareTable';
import { DeltaChart } from '@/components/DeltaChart';
import { formatRps } from '@/components/format';
import { db } from '@/lib/db/client';
import { compare, parseSides } from '@/lib/query/compare';
import { QueryError } from '@/lib/query/errors';
import { RANGES } from '@/lib/query/range';
import { serviceVersions } from '@/lib/query/services';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ service: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

async function Result({ service, query }: { service: string; query: URLSearchParams }) {
  let result;
  try {
    result = await compare(db(), service, parseSides(query));
  } catch (err) {
    if (err instanceof QueryError && err.status === 404) notFound();
    if (err instanceof QueryError) return <p role="alert">{err.message}</p>;
    throw err;
  }
  const bars = result.middleware
    .filter((m) => m.delta.occupancyP95Ms !== null)
    .map((m) => ({ name: m.name, deltaMs: m.delta.occupancyP95Ms!, verdict: m.verdict }));
  return (
    <>
      <div className="kpis">
        <div className="panel kpi">
          <div className="muted">Concurrency ceiling, A → B</div>
          <div className="value" data-testid="ceiling-change">
            {formatRps(result.ceilingRps.a)} → {formatRps(result.ceilingRps.b)}
          </div>
        </div>
      </div>
      <h2>Change in p95 occupancy (B − A)</h2>
      <DeltaChart bars={bars} />
      <h2>Per middleware</h2>
      <CompareTable rows={result.middleware} />
      <p className="muted">
        A change counts when the median and the p95 (of occupancy, or of duration) both move the same way by more than
        10 % and an absolute floor (0.05 ms of occupancy, 0.5 ms of duration), with at least 30 calls on each side;
        otherwise it is unchanged.
      </p>
    </>
  );
}

export default async function ComparePage({ params, searchParams }: Props) {
  const service = decodeURIComponent((await params).service);
  const sp = await searchParams;
  const versions = await serviceVersions(db(), service);
  if (versions.length === 0) notFound();
  const a = one(sp.a) ?? versions[Math.max(0, versions.length - 2)];
  const b = one(sp.b) ?? versions[versions.length - 1];
  const range = one(sp.range) ?? '24h';
  const times = (['aFrom', 'aTo', 'bFrom', 'bTo'] as const).map((k) => [k, one(sp[k])] as const);
  const byTime = times.some(([, v]) => v !== undefined);
  const query = byTime
    ? new URLSearchParams(times.map(([k, v]) => [k, v ?? '']))
    : new URLSearchParams({ a, b, range });
  // Defaults for the time-range form: the last hour against the hour before it.
  const now = Date.now();
  const hourAgo = (n: number) => new Date(now - n * 3_600_000).toISOString();
  const timeDefaults = { aFrom: hourAgo(2), aTo: hourAgo(1), bFrom: hourAgo(1), bTo: hourAgo(0) };
  return (
    <>
      <p className="muted">
        <Link href="/">Services</Link> / <Link href={`/services/${encodeURIComponent(service)}`}>{service}</Link> /
      </p>
      <h1>Compare {service}</h1>
      <form className="filters" method="get" aria-label="Versions to compare">
        <Choice name="a" label="A (before)" options={versions} value={a} />
        <Choice name="b" label="B (after)" options={versions} value={b} />
        <Choice name="range" label="over" options={Object.keys(RANGES)} value={range} />
        <button type="submit">Compare</button>
      </form>
      <form className="filters" method="get" aria-label="Time ranges to compare">
        <span>or two time ranges (ISO-8601):</span>
        {times.map(([k, v]) => (
          <label key={k}>
            {k} <input name={k} size={22} defaultValue={v ?? timeDefaults[k]} />
          </label>
        ))}
        <button type="submit">Compare ranges</button>
      </form>
      <Suspense key={query.toString()} fallback={<p className="muted">Comparing…</p>}>
        <Result service={service} query={query} />
      </Suspense>
    </>
  );
}
