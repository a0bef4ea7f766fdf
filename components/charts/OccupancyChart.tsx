'use client';
// Per middleware: mean thread time per call (occupancy) beside the rest of its duration
// (waiting: I/O, timers, the thread pool), as horizontal stacked bars.
import type { OccupancyBar } from './bars';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { labelWidth } from './labels';

export function OccupancyChart({ bars }: { bars: OccupancyBar[] }) {
  const height = 40 + bars.length * 34;
  return (
    <figure aria-label="Occupancy and waiting per call, by middleware" style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={bars} layout="vertical" margin={{ left: 24, right: 24 }}>
          <CartesianGrid horizontal={false} stroke="#d0d7de" />
          <XAxis
            type="number"
            unit=" ms"
            label={{ value: 'ms per call', position: 'insideBottomRight', offset: -4, fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={labelWidth(bars.map((b) => b.name))}
            tick={{ fontSize: 12 }}
            interval={0}
          />
          <Tooltip formatter={(v) => `${Number(v).toFixed(2)} ms`} />
          <Legend />
          <Bar
            dataKey="occupancyMs"
            name="occupancy (holds the thread)"
            stackId="a"
            fill="var(--occupancy)"
            isAnimationActive={false}
          >
            {bars.map((b) => (
              <Cell key={b.name} fill={b.blocker ? 'var(--worse)' : 'var(--occupancy)'} />
            ))}
          </Bar>
          {bars.some((b) => b.heldMs > 0 || b.queuedMs > 0) && (
            <>
              <Bar
                dataKey="heldMs"
                name="holds a thread beyond its own code"
                stackId="a"
                fill="var(--held)"
                isAnimationActive={false}
              />
              <Bar
                dataKey="queuedMs"
                name="queued for a thread"
                stackId="a"
                fill="var(--queued)"
                isAnimationActive={false}
              />
            </>
          )}
          {/* Waiting is what the others cost this one: drawn quiet, so a victim never outshines the blocker. */}
          <Bar
            dataKey="waitingMs"
            name="waiting (off the thread)"
            stackId="a"
            fill="var(--waiting-quiet)"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
