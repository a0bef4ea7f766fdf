import Link from 'next/link';
import type { SampledInvocation } from '@/lib/query/detail';
import { formatCount, formatMs, formatTime } from '../format';

/** Sampled invocations, slowest first, with the ids to find them in any trace backend. */
export function ExemplarTable({ service, rows }: { service: string; rows: SampledInvocation[] }) {
  if (rows.length === 0) return <p className="muted">No sampled invocations in this range (spans are sampled; metrics are not).</p>;
  return (
    <div className="table-wrap">
      <table className="data" aria-label="Sampled invocations, slowest first">
        <thead>
          <tr>
            <th scope="col">Trace / span</th>
            <th scope="col">Time</th>
            <th scope="col">Route</th>
            <th scope="col">Duration</th>
            <th scope="col">Occupancy</th>
            <th scope="col">Longest segment</th>
            <th scope="col">Hops</th>
            <th scope="col">Stall</th>
            <th scope="col">Error</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.traceId + e.spanId}>
              <td>
                <Link href={`/services/${encodeURIComponent(service)}/traces/${e.traceId}`} title="the request's timeline">
                  <code>{e.traceId}</code>
                </Link>{' '}
                / <code>{e.spanId}</code>
              </td>
              <td>{formatTime(e.start)}</td>
              <td>
                {e.method} {e.route}
              </td>
              <td>{formatMs(e.durationMs)}</td>
              <td>{formatMs(e.occupancyMs)}</td>
              <td>{formatMs(e.blockingMaxMs)}</td>
              <td>{formatCount(e.hops)}</td>
              <td>{formatMs(e.stallMs)}</td>
              <td>{e.error ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
