'use client';
// The distribution of one measure (duration or occupancy): calls per histogram bucket,
// on a logarithmic scale of time (the buckets are exponential).
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { HistogramBucket } from '@/lib/query/detail';
import { formatMs } from '../format';

export function HistogramChart({ bars, label, colour }: { bars: HistogramBucket[]; label: string; colour: string }) {
  const data = bars.map((b) => ({ ...b, label: formatMs(b.upperMs) }));
  return (
    <figure aria-label={label} style={{ margin: 0 }}>
      <figcaption className="muted">{label}</figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data} margin={{ left: 8, right: 16 }}>
          <CartesianGrid vertical={false} stroke="#d0d7de" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip
            labelFormatter={(_l, p) => {
              const b = p?.[0]?.payload as HistogramBucket | undefined;
              return b ? `${formatMs(b.lowerMs)} – ${formatMs(b.upperMs)}` : '';
            }}
            formatter={(v) => [`${v} calls`, 'calls']}
          />
          <Bar dataKey="count" fill={colour} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
