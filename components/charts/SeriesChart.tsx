'use client';
// Occupancy per call and p95 duration over time, for one middleware.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type SeriesRow = { t: string; occupancyMsPerCall: number | null; durationP95Ms: number | null };

export function SeriesChart({ rows }: { rows: SeriesRow[] }) {
  const data = rows.map((r) => ({ ...r, time: r.t.slice(11, 16) }));
  return (
    <figure aria-label="Occupancy per call and p95 duration over time" style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ left: 8, right: 16 }}>
          <CartesianGrid stroke="#d0d7de" />
          <XAxis dataKey="time" tick={{ fontSize: 11 }} />
          <YAxis unit=" ms" tick={{ fontSize: 11 }} />
          <Tooltip formatter={(v) => `${Number(v).toFixed(2)} ms`} />
          <Legend />
          <Line dataKey="occupancyMsPerCall" name="occupancy / call" stroke="var(--occupancy)" dot={false} isAnimationActive={false} connectNulls />
          <Line dataKey="durationP95Ms" name="p95 duration" stroke="var(--waiting)" strokeDasharray="5 3" dot={false} isAnimationActive={false} connectNulls />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
