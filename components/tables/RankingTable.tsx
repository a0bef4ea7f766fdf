'use client';
// The ranking: what holds the thread most, first; any column sorts on click (and with
// the keyboard: the headers are buttons). Names are telemetry: rendered as text only.
import Link from 'next/link';
import { useState } from 'react';
import { middlewareKey, type MiddlewareRow, type Sparklines } from '@/lib/query/types';
import { formatCount, formatMs, formatRps, formatShare } from '../format';
import { Sparkline } from '../charts/Sparkline';

type Column = { label: string; value: (r: MiddlewareRow) => number | null; show: (r: MiddlewareRow) => string };

// The columns that decide (how much of the thread, what it costs the others, what its fix
// would buy), always shown and fitting a 1280-pixel window; the detail behind a toggle.
const DECIDING: Column[] = [
  { label: 'Share of thread', value: (r) => r.occupancyShare, show: (r) => formatShare(r.occupancyShare) },
  { label: 'Occupancy / call', value: (r) => r.occupancyMsPerCall, show: (r) => formatMs(r.occupancyMsPerCall) },
  { label: 'p95 occupancy', value: (r) => r.occupancyP95Ms, show: (r) => formatMs(r.occupancyP95Ms) },
  { label: 'Stall inflicted', value: (r) => r.stallMs, show: (r) => formatMs(r.stallMs) },
  {
    label: 'Ceiling without it',
    value: (r) => r.ceilingWithoutRps,
    show: (r) => (r.frameworkStep ? 'framework' : formatRps(r.ceilingWithoutRps)),
  },
  { label: 'Calls', value: (r) => r.calls, show: (r) => formatCount(r.calls) },
  { label: 'Errors', value: (r) => r.errors, show: (r) => formatCount(r.errors) },
];
const DETAIL: Column[] = [
  { label: 'p50 duration', value: (r) => r.durationP50Ms, show: (r) => formatMs(r.durationP50Ms) },
  { label: 'p95 duration', value: (r) => r.durationP95Ms, show: (r) => formatMs(r.durationP95Ms) },
  { label: 'p99 duration', value: (r) => r.durationP99Ms, show: (r) => formatMs(r.durationP99Ms) },
  { label: 'Hops / call', value: (r) => r.hopsPerCall, show: (r) => formatCount(r.hopsPerCall, 2) },
  {
    label: 'Pool hops / call',
    value: (r) => r.threadpoolHopsPerCall,
    show: (r) => formatCount(r.threadpoolHopsPerCall, 2),
  },
  { label: 'Blocking segments', value: (r) => r.blockingCount, show: (r) => formatCount(r.blockingCount) },
];

/** Shown when some row reports a thread held (Django's sync thread, Starlette's pool): deciding, then detail. */
const THREAD_DECIDING: Column[] = [
  {
    label: 'Thread held / call',
    value: (r) => r.threadHeldMsPerCall,
    show: (r) => formatMs(r.threadHeldMsPerCall),
  },
];
const THREAD_DETAIL: Column[] = [
  { label: 'p95 thread held', value: (r) => r.threadHeldP95Ms, show: (r) => formatMs(r.threadHeldP95Ms) },
  { label: 'Queued for it / call', value: (r) => r.threadWaitMsPerCall, show: (r) => formatMs(r.threadWaitMsPerCall) },
];

/** `sparklines`: occupancy per call over the range, per row (none in live mode); `query`:
 *  the range, version and environment the links to a middleware keep. */
export function RankingTable({
  service,
  rows,
  sparklines,
  query = '',
}: {
  service: string;
  rows: MiddlewareRow[];
  sparklines?: Sparklines;
  query?: string;
}) {
  // null: the server's order (total occupancy, highest first). Sorted by a column's label,
  // which stays when the detail columns come and go.
  const [sort, setSort] = useState<{ column: string; descending: boolean } | null>(null);
  const [detail, setDetail] = useState(false);
  const thread = rows.some((r) => r.threadHeldMsPerCall !== null);
  const columns = [
    ...DECIDING,
    ...(thread ? THREAD_DECIDING : []),
    ...(detail ? [...(thread ? THREAD_DETAIL : []), ...DETAIL] : []),
  ];
  const base = `/services/${encodeURIComponent(service)}/middleware/`;
  const sortColumn = sort === null ? undefined : columns.find((c) => c.label === sort.column);
  const sorted =
    sort === null || sortColumn === undefined
      ? rows
      : [...rows].sort((a, b) => {
          const x = sortColumn.value(a) ?? -Infinity;
          const y = sortColumn.value(b) ?? -Infinity;
          return sort.descending ? y - x : x - y;
        });
  const toggle = (column: string) =>
    setSort((s) => (s?.column === column ? { column, descending: !s.descending } : { column, descending: true }));
  return (
    <div className="table-wrap">
      <button type="button" className="link" aria-expanded={detail} onClick={() => setDetail((d) => !d)}>
        {detail ? 'Fewer columns' : 'More columns: durations, hops, blocking segments'}
      </button>
      <table className="data" aria-label="Middleware ranked by total thread occupancy">
        <thead>
          <tr>
            <th scope="col" className="sticky">
              Middleware
            </th>
            {sparklines && <th scope="col">Occupancy / call over time</th>}
            {columns.map((c) => (
              <th
                scope="col"
                key={c.label}
                aria-sort={sort?.column === c.label ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              >
                <button type="button" className="sort" onClick={() => toggle(c.label)}>
                  {c.label}
                  {sort?.column === c.label ? (sort.descending ? ' ▼' : ' ▲') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={`${r.framework}:${r.name}`}>
              <td className="sticky">
                <Link href={`${base}${encodeURIComponent(r.name)}${query ? `?${query}` : ''}`}>{r.name}</Link>{' '}
                <span className="tag">{r.framework}</span>
                {r.frameworkStep && (
                  <span
                    className="tag"
                    data-testid="framework-step"
                    title="the framework's own step: not something to remove, never named the blocker"
                  >
                    {' '}
                    framework’s own
                  </span>
                )}
                {!r.measured && (
                  <span className="tag" title="plain OpenTelemetry span: wall time only">
                    {' '}
                    not measured
                  </span>
                )}
              </td>
              {sparklines && (
                <td>
                  <Sparkline
                    values={sparklines[middlewareKey(r.framework, r.name)] ?? []}
                    label={`${r.name}, occupancy per call over time`}
                  />
                </td>
              )}
              {columns.map((c) => (
                <td key={c.label}>{c.show(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
