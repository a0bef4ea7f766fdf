import type { RouteRow } from '@/lib/query/detail';
import { formatCount, formatMs } from '../format';

export function RouteTable({ rows }: { rows: RouteRow[] }) {
  return (
    <div className="table-wrap">
      <table className="data" aria-label="Routes that reach this middleware">
        <thead>
          <tr>
            <th scope="col">Route</th>
            <th scope="col">Calls</th>
            <th scope="col">Occupancy / call</th>
            <th scope="col">p95 duration</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.method} ${r.route}`}>
              <td>
                {r.method} {r.route || '(no route)'}
              </td>
              <td>{formatCount(r.calls)}</td>
              <td>{formatMs(r.occupancyMsPerCall)}</td>
              <td>{formatMs(r.durationP95Ms)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
