'use client';
// Occupancy per call and p95 duration over time, for one middleware, with a marker where
// each version first reported; gaps without data break the lines.
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { VersionMarker } from '@/lib/query/services';
import { clockTime, withGaps } from './gaps';

export type SeriesRow = { t: string; occupancyMsPerCall: number | null; durationP95Ms: number | null };

export function SeriesChart({ rows, markers = [] }: { rows: SeriesRow[]; markers?: VersionMarker[] }) {
  const data = withGaps(rows);
  return (
    <figure aria-label="Occupancy per call and p95 duration over time" style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ left: 8, right: 16, top: 16 }}>
          <CartesianGrid stroke="#d0d7de" />
          <XAxis
            dataKey="ts"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={clockTime}
            tick={{ fontSize: 11 }}
          />
          <YAxis
            unit=" ms"
            tick={{ fontSize: 11 }}
            label={{ value: 'ms per call', angle: -90, position: 'insideLeft', fontSize: 11 }}
          />
          <Tooltip
            labelFormatter={(ts) => `${clockTime(Number(ts))} UTC`}
            formatter={(v) => `${Number(v).toFixed(2)} ms`}
          />
          <Legend />
          {markers.map((m) => (
            <ReferenceLine
              key={m.version}
              x={m.at}
              stroke="#57606a"
              strokeDasharray="3 3"
              label={{ value: m.version, position: 'top', fontSize: 11 }}
            />
          ))}
          <Line
            dataKey="occupancyMsPerCall"
            name="occupancy / call"
            stroke="var(--occupancy)"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="durationP95Ms"
            name="p95 duration"
            stroke="var(--waiting)"
            strokeDasharray="5 3"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
