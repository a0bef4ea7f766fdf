'use client';
// One request's chain as a timeline: per middleware, from its start, the time it held the
// thread (occupancy) and the rest of its own phase, spent waiting (I/O, timers, the pool).
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TraceSpan } from '@/lib/query/trace';
import { labelWidth } from './labels';

export function RequestTimeline({ spans }: { spans: TraceSpan[] }) {
  const data = spans.map((s, i) => ({
    label: `${i + 1}. ${s.name}`,
    offsetMs: s.offsetMs,
    occupancyMs: s.occupancyMs ?? 0,
    waitingMs: s.waitingMs ?? s.durationMs,
  }));
  return (
    <figure aria-label="The request's middleware as a timeline: thread time and waiting" style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height={50 + data.length * 32}>
        <BarChart data={data} layout="vertical" margin={{ left: 24, right: 24 }}>
          <CartesianGrid horizontal={false} stroke="#d0d7de" />
          <XAxis type="number" unit=" ms" />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth(data.map((d) => d.label))}
            tick={{ fontSize: 12 }}
            interval={0}
          />
          <Tooltip formatter={(v, name) => (name === 'start' ? null : `${Number(v).toFixed(2)} ms`)} />
          <Legend />
          <Bar
            dataKey="offsetMs"
            name="start"
            stackId="t"
            fill="transparent"
            legendType="none"
            isAnimationActive={false}
          />
          <Bar
            dataKey="occupancyMs"
            name="holds the thread"
            stackId="t"
            fill="var(--occupancy)"
            isAnimationActive={false}
          />
          <Bar dataKey="waitingMs" name="waits" stackId="t" fill="var(--waiting)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
