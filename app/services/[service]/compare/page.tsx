import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { Answer } from '@/components/Answer';
import { Breadcrumb, serviceTrail } from '@/components/Breadcrumb';
import { Choice } from '@/components/Choice';
import { DeltaChart } from '@/components/charts/DeltaChart';
import { DiffFlameGraph } from '@/components/charts/FlameGraph';
import { formatRps } from '@/components/format';
import { bindingReason } from '@/components/Kpis';
import { CompareTable } from '@/components/tables/CompareTable';
import { db } from '@/lib/db/client';
import { compare, parseSides } from '@/lib/query/compare';
import { paramsOf, type PageSearchParams } from '@/lib/http/params';
import { compareFormBounds, RANGES } from '@/lib/query/range';
import { decodeSegment } from '@/lib/query/segment';
import { stackDiff } from '@/lib/query/stacks';
import { serviceVersions } from '@/lib/query/services';
import { VERDICT_RULE } from '@/lib/query/verdict';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ service: string }>; searchParams: Promise<PageSearchParams> };

/** The ceiling's change as a share of A, the headline of a compare. */
function ceilingChange(a: number | null, b: number | null): string {
  return a === null || b === null || a === 0
    ? ''
    : ` (${b >= a ? '+' : '−'}${Math.abs((b / a - 1) * 100).toFixed(0)} %)`;
}

const TIME_KEYS = ['aFrom', 'aTo', 'bFrom', 'bTo'] as const;

/** The comparison, and the stacks of the middleware whose thread time changed most (or `stacks=<name>`). */
async function loadComparison(service: string, query: URLSearchParams, stacksOf: string | null) {
  const sides = parseSides(query);
  const result = await compare(db(), service, sides);
  const changed = [...result.middleware]
    .filter((m) => m.delta.occupancyMsPerCall !== null)
    .sort((x, y) => Math.abs(y.delta.occupancyMsPerCall!) - Math.abs(x.delta.occupancyMsPerCall!))[0];
  const name = stacksOf ?? changed?.name ?? null;
  const diff = name === null ? null : await stackDiff(db(), service, name, sides);
  return { result, diff: diff !== null && diff.a + diff.b > 0 ? diff : null };
}

function Result({ service, query, stacksOf }: { service: string; query: URLSearchParams; stacksOf: string | null }) {
  return (
    <Answer load={() => loadComparison(service, query, stacksOf)}>
      {({ result, diff }) => (
        <>
          {result.loadWarning && (
            <p className="panel warning" role="alert" data-testid="load-warning">
              {result.loadWarning}
            </p>
          )}
          <div className="kpis">
            <div className="panel kpi">
              <div className="muted">Concurrency ceiling, A → B</div>
              <div className="value" data-testid="ceiling-change">
                {formatRps(result.ceilingRps.a)} → {formatRps(result.ceilingRps.b)}
                {ceilingChange(result.ceilingRps.a, result.ceilingRps.b)}
              </div>
            </div>
          </div>
          <p className="muted">
            A: {bindingReason(result.ceiling.a, result.resources.a)} B:{' '}
            {bindingReason(result.ceiling.b, result.resources.b)}
          </p>
          <h2>Change in occupancy per call (B − A)</h2>
          <DeltaChart
            bars={result.middleware
              .filter((m) => m.delta.occupancyMsPerCall !== null)
              .map((m) => ({ name: m.name, deltaMs: m.delta.occupancyMsPerCall!, verdict: m.verdicts.thread }))}
          />
          <h2>Per middleware</h2>
          <CompareTable rows={result.middleware} />
          {diff !== null && (
            <>
              <h2>What changed inside {diff.middleware}</h2>
              <p className="muted">
                B&apos;s stacks while it held the thread ({diff.b} samples; A: {diff.a}): red where B spends a larger
                share of them than A did, blue where a smaller one, orange where only B ran it (what only A ran has no
                width here). Another middleware: add <code>stacks=&lt;name&gt;</code> to the address.
              </p>
              <DiffFlameGraph diff={diff} />
            </>
          )}
          <p className="muted" data-testid="verdict-rule">
            {VERDICT_RULE} Moving work to the thread pool is typically better for the thread and worse for latency.
          </p>
        </>
      )}
    </Answer>
  );
}

export default async function ComparePage({ params, searchParams }: Props) {
  const service = decodeSegment((await params).service);
  const versions = service === null ? [] : await serviceVersions(db(), service);
  if (service === null || versions.length === 0) notFound();
  const sp = paramsOf(await searchParams);
  const a = sp.get('a') ?? versions[Math.max(0, versions.length - 2)];
  const b = sp.get('b') ?? versions[versions.length - 1];
  const range = sp.get('range') ?? '24h';
  const byTime = TIME_KEYS.some((k) => sp.has(k));
  const query = byTime
    ? new URLSearchParams(TIME_KEYS.map((k) => [k, sp.get(k) ?? '']))
    : new URLSearchParams({ a, b, range });
  const timeDefaults = compareFormBounds();
  return (
    <>
      <Breadcrumb trail={serviceTrail(service)} />
      <h1>Compare {service}</h1>
      <form className="filters" method="get" aria-label="Versions to compare">
        <Choice name="a" label="A (before)" options={versions} value={a} />
        <Choice name="b" label="B (after)" options={versions} value={b} />
        <Choice name="range" label="over" options={Object.keys(RANGES)} value={range} />
        <button type="submit">Compare</button>
      </form>
      <form className="filters" method="get" aria-label="Time ranges to compare">
        <span>or two time ranges (ISO-8601):</span>
        {TIME_KEYS.map((k) => (
          <label key={k}>
            {k} <input name={k} size={22} defaultValue={sp.get(k) ?? timeDefaults[k]} />
          </label>
        ))}
        <button type="submit">Compare ranges</button>
      </form>
      <Suspense key={`${query}:${sp.get('stacks') ?? ''}`} fallback={<p className="muted">Comparing…</p>}>
        <Result service={service} query={query} stacksOf={sp.get('stacks')} />
      </Suspense>
    </>
  );
}
