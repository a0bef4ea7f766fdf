'use client';
// Diverging bars: the change in p95 occupancy per middleware, B minus A. Left of zero is
// less thread time (better), right is more (worse); bars also carry the verdict's colour.
import { Bar, BarChart, Cell, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type DeltaBar = { name: string; deltaMs: number; verdict: 'better' | 'worse' | 'unchanged' };

const COLOUR = { better: 'var(--better)', worse: 'var(--worse)', unchanged: '#8c959f' } as const;

export function DeltaChart({ bars }: { bars: DeltaBar[] }) {
  return (
    <figure aria-label="Change in p95 occupancy per middleware, B minus A" style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height={40 + bars.length * 30}>
        <BarChart data={bars} layout="vertical" margin={{ left: 24, right: 24 }}>
          <CartesianGrid horizontal={false} stroke="#d0d7de" />
          <XAxis type="number" unit=" ms" />
          <YAxis type="category" dataKey="name" width={220} tick={{ fontSize: 12 }} />
          <ReferenceLine x={0} stroke="#57606a" />
          <Tooltip formatter={(v) => `${Number(v) > 0 ? '+' : ''}${Number(v).toFixed(3)} ms`} />
          <Bar dataKey="deltaMs" name="Δ p95 occupancy" isAnimationActive={false}>
            {bars.map((b) => (
              <Cell key={b.name} fill={COLOUR[b.verdict]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
