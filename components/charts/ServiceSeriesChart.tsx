'use client';
// The service over time: per request, thread time and time in middleware, hops, and the
// event loop's delay p99 (ms on the left axis, hops on the right), with a marker where
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
import type { ServicePoint } from '@/lib/query/series';
import type { VersionMarker } from '@/lib/query/services';
import { clockTime, withGaps } from './gaps';

export function ServiceSeriesChart({ points, markers = [] }: { points: ServicePoint[]; markers?: VersionMarker[] }) {
  const data = withGaps(points);
  return (
    <figure
      aria-label="Per request over time: occupancy, time in middleware, hops and event-loop delay"
      style={{ margin: 0 }}
    >
      <ResponsiveContainer width="100%" height={280}>
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
            yAxisId="ms"
            unit=" ms"
            tick={{ fontSize: 11 }}
            label={{ value: 'ms per request', angle: -90, position: 'insideLeft', fontSize: 11 }}
          />
          <YAxis
            yAxisId="hops"
            orientation="right"
            tick={{ fontSize: 11 }}
            allowDecimals
            label={{ value: 'hops per request', angle: 90, position: 'insideRight', fontSize: 11 }}
          />
          <Tooltip
            labelFormatter={(ts) => `${clockTime(Number(ts))} UTC`}
            formatter={(v, name) =>
              String(name).startsWith('hops') ? Number(v).toFixed(2) : `${Number(v).toFixed(2)} ms`
            }
          />
          <Legend />
          {markers.map((m) => (
            <ReferenceLine
              key={m.version}
              yAxisId="ms"
              x={m.at}
              stroke="#57606a"
              strokeDasharray="3 3"
              label={{ value: m.version, position: 'top', fontSize: 11 }}
            />
          ))}
          <Line
            yAxisId="ms"
            dataKey="occupancyMsPerRequest"
            name="occupancy / request"
            stroke="var(--occupancy)"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            yAxisId="ms"
            dataKey="middlewareMsPerRequest"
            name="time in middleware / request"
            stroke="var(--waiting)"
            strokeDasharray="5 3"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            yAxisId="ms"
            dataKey="eventLoopDelayP99Ms"
            name="event-loop delay p99"
            stroke="#cc79a7"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            yAxisId="hops"
            dataKey="hopsPerRequest"
            name="hops / request"
            stroke="#009e73"
            strokeDasharray="2 2"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
