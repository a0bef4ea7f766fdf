import type { CompareRow } from '@/lib/query/compare';
import { MIN_CALLS, type Verdict } from '@/lib/query/verdict';
import { formatCount, formatMs } from '../format';

/** A verdict in words and a symbol, never colour alone; `side` says which side lacks data. */
export function verdictLabel(v: Verdict, row: CompareRow): string {
  switch (v) {
    case 'better':
      return '▼ better';
    case 'worse':
      return '▲ worse';
    case 'unchanged':
      return '= unchanged';
    case 'new':
      return '+ new in B';
    case 'gone':
      return '− gone in B';
    case 'no-data':
      return (row.a?.calls ?? 0) < MIN_CALLS ? '? no data in A' : '? no data in B';
  }
}

function change(a: number | null | undefined, b: number | null | undefined, format: (v: number | null) => string) {
  return `${format(a ?? null)} → ${format(b ?? null)}`;
}

/** Per middleware, A → B and the two verdicts: does it block the thread, does it take longer. */
export function CompareTable({ rows }: { rows: CompareRow[] }) {
  const thread = rows.some((r) => (r.a ?? r.b)?.threadHeldMsPerCall != null);
  return (
    <div className="table-wrap">
      <table className="data" aria-label="Middleware compared, A to B">
        <thead>
          <tr>
            <th scope="col">Middleware</th>
            <th scope="col" title="Does it block concurrency? Thread time (occupancy) and, for Django, the sync thread held">
              Thread
            </th>
            <th scope="col" title="Does it take longer? Its own duration">
              Latency
            </th>
            <th scope="col">p95 occupancy</th>
            {thread && <th scope="col">Sync thread held / call</th>}
            <th scope="col">p95 duration</th>
            <th scope="col">Hops / call</th>
            <th scope="col">Stall / call Δ</th>
            <th scope="col">Calls</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.framework}:${r.name}`} data-thread={r.verdicts.thread} data-latency={r.verdicts.latency}>
              <td>
                {r.name} <span className="tag">{r.framework}</span>
              </td>
              <td className={`verdict ${r.verdicts.thread}`}>{verdictLabel(r.verdicts.thread, r)}</td>
              <td className={`verdict ${r.verdicts.latency}`}>{verdictLabel(r.verdicts.latency, r)}</td>
              <td>{change(r.a?.occupancyP95Ms, r.b?.occupancyP95Ms, formatMs)}</td>
              {thread && <td>{change(r.a?.threadHeldMsPerCall, r.b?.threadHeldMsPerCall, formatMs)}</td>}
              <td>{change(r.a?.durationP95Ms, r.b?.durationP95Ms, formatMs)}</td>
              <td>{change(r.a?.hopsPerCall, r.b?.hopsPerCall, (v) => formatCount(v, 2))}</td>
              <td>{formatMs(r.delta.stallMsPerCall)}</td>
              <td>{change(r.a?.calls, r.b?.calls, (v) => formatCount(v))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
