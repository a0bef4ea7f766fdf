'use client';
// The service over time: per request, thread time and time in middleware, hops, and the
// event loop's delay p99 (ms on the left axis, hops on the right).
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ServicePoint } from '@/lib/query/series';

export function ServiceSeriesChart({ points }: { points: ServicePoint[] }) {
  const data = points.map((p) => ({ ...p, time: p.t.slice(11, 16) }));
  return (
    <figure aria-label="Per request over time: occupancy, time in middleware, hops and event-loop delay" style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ left: 8, right: 16 }}>
          <CartesianGrid stroke="#d0d7de" />
          <XAxis dataKey="time" tick={{ fontSize: 11 }} />
          <YAxis yAxisId="ms" unit=" ms" tick={{ fontSize: 11 }} />
          <YAxis yAxisId="hops" orientation="right" tick={{ fontSize: 11 }} allowDecimals />
          <Tooltip formatter={(v, name) => (String(name).startsWith('hops') ? Number(v).toFixed(2) : `${Number(v).toFixed(2)} ms`)} />
          <Legend />
          <Line yAxisId="ms" dataKey="occupancyMsPerRequest" name="occupancy / request" stroke="var(--occupancy)" dot={false} isAnimationActive={false} connectNulls />
          <Line yAxisId="ms" dataKey="middlewareMsPerRequest" name="time in middleware / request" stroke="var(--waiting)" strokeDasharray="5 3" dot={false} isAnimationActive={false} connectNulls />
          <Line yAxisId="ms" dataKey="eventLoopDelayP99Ms" name="event-loop delay p99" stroke="#cc79a7" dot={false} isAnimationActive={false} connectNulls />
          <Line yAxisId="hops" dataKey="hopsPerRequest" name="hops / request" stroke="#009e73" strokeDasharray="2 2" dot={false} isAnimationActive={false} connectNulls />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
