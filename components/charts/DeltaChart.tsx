'use client';
// Diverging bars: the change in occupancy per call (the mean: what the ceiling is made of,
// and one of the two figures the thread verdict judges) per middleware, B minus A. Left of
// zero is less thread time, right is more; each bar is coloured by its thread verdict, which
// moves only when the mean moved the same way (a move within the noise is grey).
import {
  Bar,
  BarChart,
  Cell,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { labelWidth } from './labels';
import type { Verdict } from '@/lib/query/verdict';

export type DeltaBar = { name: string; deltaMs: number; verdict: Verdict };

const GREY = '#8c959f';
const COLOUR: Record<Verdict, string> = {
  better: 'var(--better)',
  worse: 'var(--worse)',
  unchanged: GREY,
  new: GREY,
  gone: GREY,
  'no-data': GREY,
};

export function DeltaChart({ bars }: { bars: DeltaBar[] }) {
  return (
    <figure aria-label="Change in occupancy per call per middleware, B minus A" style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height={40 + bars.length * 30}>
        <BarChart data={bars} layout="vertical" margin={{ left: 24, right: 24, bottom: 16 }}>
          <CartesianGrid horizontal={false} stroke="#d0d7de" />
          <XAxis
            type="number"
            unit=" ms"
            label={{ value: 'Δ occupancy per call, B − A (ms)', position: 'insideBottom', offset: -4, fontSize: 12 }}
            height={40}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={labelWidth(bars.map((b) => b.name))}
            tick={{ fontSize: 12 }}
            interval={0}
          />
          <ReferenceLine x={0} stroke="#57606a" />
          <Tooltip formatter={(v) => `${Number(v) > 0 ? '+' : ''}${Number(v).toFixed(3)} ms`} />
          <Bar dataKey="deltaMs" name="Δ occupancy per call" isAnimationActive={false}>
            {bars.map((b) => (
              <Cell key={b.name} fill={COLOUR[b.verdict]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
