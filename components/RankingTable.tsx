import Link from 'next/link';
import type { MiddlewareRow } from '@/lib/query/types';
import { formatCount, formatMs, formatRps, formatShare } from './format';

/** The ranking: what holds the thread most, first. Names are telemetry: rendered as text only. */
export function RankingTable({ service, rows }: { service: string; rows: MiddlewareRow[] }) {
  const base = `/services/${encodeURIComponent(service)}/middleware/`;
  return (
    <div className="table-wrap">
    <table className="data" aria-label="Middleware ranked by total thread occupancy">
      <thead>
        <tr>
          <th scope="col">Middleware</th>
          <th scope="col">Calls</th>
          <th scope="col">Errors</th>
          <th scope="col">p50 duration</th>
          <th scope="col">p95 duration</th>
          <th scope="col">p99 duration</th>
          <th scope="col">p95 occupancy</th>
          <th scope="col">Occupancy / call</th>
          <th scope="col">Share of thread</th>
          <th scope="col">Hops / call</th>
          <th scope="col">Pool hops / call</th>
          <th scope="col">Blocking segments</th>
          <th scope="col">Stall inflicted</th>
          <th scope="col">Ceiling without it</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.framework}:${r.name}`}>
            <td>
              <Link href={base + encodeURIComponent(r.name)}>{r.name}</Link> <span className="tag">{r.framework}</span>
              {!r.measured && <span className="tag" title="plain OpenTelemetry span: wall time only"> not measured</span>}
            </td>
            <td>{formatCount(r.calls)}</td>
            <td>{formatCount(r.errors)}</td>
            <td>{formatMs(r.durationP50Ms)}</td>
            <td>{formatMs(r.durationP95Ms)}</td>
            <td>{formatMs(r.durationP99Ms)}</td>
            <td>{formatMs(r.occupancyP95Ms)}</td>
            <td>{formatMs(r.occupancyMsPerCall)}</td>
            <td>{formatShare(r.occupancyShare)}</td>
            <td>{formatCount(r.hopsPerCall, 2)}</td>
            <td>{formatCount(r.threadpoolHopsPerCall, 2)}</td>
            <td>{formatCount(r.blockingCount)}</td>
            <td>{formatMs(r.stallMs)}</td>
            <td>{formatRps(r.ceilingWithoutRps)}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
