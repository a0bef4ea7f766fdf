import type { CompareRow } from '@/lib/query/compare';
import { formatCount, formatMs } from '../format';

const MARK = { better: '▼ better', worse: '▲ worse', unchanged: '= unchanged' } as const;

function change(a: number | null | undefined, b: number | null | undefined, format: (v: number | null) => string) {
  return `${format(a ?? null)} → ${format(b ?? null)}`;
}

/** Per middleware, A → B and the verdict (in words and a symbol, never colour alone). */
export function CompareTable({ rows }: { rows: CompareRow[] }) {
  return (
    <div className="table-wrap">
      <table className="data" aria-label="Middleware compared, A to B">
        <thead>
          <tr>
            <th scope="col">Middleware</th>
            <th scope="col">Verdict</th>
            <th scope="col">p95 occupancy</th>
            <th scope="col">Sync thread held / call</th>
            <th scope="col">p95 duration</th>
            <th scope="col">Hops / call</th>
            <th scope="col">Stall / call Δ</th>
            <th scope="col">Calls</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.framework}:${r.name}`} data-verdict={r.verdict}>
              <td>
                {r.name} <span className="tag">{r.framework}</span>
              </td>
              <td className={`verdict ${r.verdict}`}>{MARK[r.verdict]}</td>
              <td>{change(r.a?.occupancyP95Ms, r.b?.occupancyP95Ms, formatMs)}</td>
              <td>{change(r.a?.threadHeldMsPerCall, r.b?.threadHeldMsPerCall, formatMs)}</td>
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
