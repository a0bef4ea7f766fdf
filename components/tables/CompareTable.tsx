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

/**
 * Per middleware, A → B and the two verdicts, each beside exactly the figures it judges
 * (lib/query/verdict.ts): thread time per call (median, mean; Django's sync thread held,
 * mean and p95) and duration (median, p95).
 */
export function CompareTable({ rows }: { rows: CompareRow[] }) {
  const thread = rows.some((r) => (r.a ?? r.b)?.threadHeldMsPerCall != null);
  return (
    <div className="table-wrap">
      <table className="data" aria-label="Middleware compared, A to B">
        <thead>
          <tr>
            <th scope="col">Middleware</th>
            <th
              scope="col"
              title="Does it block concurrency? Judged on the occupancy (and thread held) columns beside it"
            >
              Thread
            </th>
            <th scope="col">Occupancy median</th>
            <th scope="col">Occupancy / call</th>
            {thread && <th scope="col">Thread held / call</th>}
            {thread && <th scope="col">p95 thread held</th>}
            <th scope="col" title="Does it take longer? Judged on the duration columns beside it">
              Latency
            </th>
            <th scope="col">Duration median</th>
            <th scope="col">p95 duration</th>
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
              <td data-figure="occupancy-p50">{change(r.a?.occupancyP50Ms, r.b?.occupancyP50Ms, formatMs)}</td>
              <td data-figure="occupancy-mean">{change(r.a?.occupancyMsPerCall, r.b?.occupancyMsPerCall, formatMs)}</td>
              {thread && <td>{change(r.a?.threadHeldMsPerCall, r.b?.threadHeldMsPerCall, formatMs)}</td>}
              {thread && <td>{change(r.a?.threadHeldP95Ms, r.b?.threadHeldP95Ms, formatMs)}</td>}
              <td className={`verdict ${r.verdicts.latency}`}>{verdictLabel(r.verdicts.latency, r)}</td>
              <td>{change(r.a?.durationP50Ms, r.b?.durationP50Ms, formatMs)}</td>
              <td>{change(r.a?.durationP95Ms, r.b?.durationP95Ms, formatMs)}</td>
              <td>{change(r.a?.calls, r.b?.calls, (v) => formatCount(v))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
