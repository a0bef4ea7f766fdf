import Link from 'next/link';
import type { ExemplarSort, SampledInvocation } from '@/lib/query/detail';
import { formatCount, formatMs, formatTime } from '../format';

const SORTABLE: { sort: ExemplarSort; label: string; title: string; value: (e: SampledInvocation) => number | null }[] =
  [
    {
      sort: 'occupancy',
      label: 'Occupancy',
      title: 'Time it held the JavaScript thread (or ran on Django’s sync thread)',
      value: (e) => e.occupancyMs,
    },
    {
      sort: 'stall',
      label: 'Stall',
      title: 'Its synchronous time × the other requests in flight: how long it made them wait',
      value: (e) => e.stallMs,
    },
    {
      sort: 'segment',
      label: 'Longest segment',
      title: 'Its longest continuous synchronous stretch',
      value: (e) => e.blockingMaxMs,
    },
    { sort: 'duration', label: 'Duration', title: 'Wall time of its own phase', value: (e) => e.durationMs },
  ];

/**
 * Sampled invocations, highest first by `sort` (each sortable header is a link that keeps
 * `query`: range, version, environment), with the ids to find them in any trace backend.
 */
export function ExemplarTable({
  service,
  rows,
  sort,
  query,
}: {
  service: string;
  rows: SampledInvocation[];
  sort: ExemplarSort;
  query: URLSearchParams;
}) {
  if (rows.length === 0)
    return <p className="muted">No sampled invocations in this range (spans are sampled; metrics are not).</p>;
  const sortHref = (s: ExemplarSort) => {
    const q = new URLSearchParams(query);
    q.set('sort', s);
    return `?${q}`;
  };
  const label = SORTABLE.find((c) => c.sort === sort)!.label.toLowerCase();
  return (
    <div className="table-wrap">
      <table className="data" aria-label={`Sampled invocations, highest ${label} first`}>
        <thead>
          <tr>
            <th scope="col" className="sticky">
              Trace / span
            </th>
            <th scope="col">Time</th>
            <th scope="col">Version</th>
            <th scope="col">Route</th>
            {SORTABLE.map((c) => (
              <th scope="col" key={c.sort} aria-sort={c.sort === sort ? 'descending' : 'none'} title={c.title}>
                <Link href={sortHref(c.sort)} className="sort">
                  {c.label}
                  {c.sort === sort ? ' ▼' : ''}
                </Link>
              </th>
            ))}
            <th scope="col">Hops</th>
            <th scope="col">Error</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.traceId + e.spanId}>
              <td className="sticky">
                <Link
                  href={`/services/${encodeURIComponent(service)}/traces/${e.traceId}`}
                  title="the request's timeline"
                >
                  <code>{e.traceId}</code>
                </Link>{' '}
                / <code>{e.spanId}</code>
              </td>
              <td>{formatTime(e.start)}</td>
              <td>{e.version}</td>
              <td>
                {e.method} {e.route}
              </td>
              {SORTABLE.map((c) => (
                <td key={c.sort}>{formatMs(c.value(e))}</td>
              ))}
              <td>{formatCount(e.hops)}</td>
              <td>{e.error ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
