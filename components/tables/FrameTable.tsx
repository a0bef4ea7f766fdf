// The frames a middleware's samples stop in (self) and pass through (total), as shares of
// its samples: the table beside the flame graph.
import type { FrameRow } from '@/lib/query/stacks';

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)} %`;

export function FrameTable({ rows, samples }: { rows: FrameRow[]; samples: number }) {
  return (
    <table className="data" aria-label="Top frames">
      <thead>
        <tr>
          <th style={{ textAlign: 'left' }}>Frame (function, file:line)</th>
          <th>Self</th>
          <th>Total</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.frame}>
            <th scope="row" style={{ textAlign: 'left', fontFamily: 'monospace', fontWeight: 'normal' }}>
              {r.frame}
            </th>
            <td>{pct(r.self, samples)}</td>
            <td>{pct(r.total, samples)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
