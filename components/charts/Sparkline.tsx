// A row's trend at a glance: an inline SVG line, not a recharts chart, because a ranking
// table draws one per row and twenty chart instances would cost more than the table.
// Gaps (steps without calls) break the line. The label says what a screen reader needs.
import { formatMs } from '../format';

const WIDTH = 90;
const HEIGHT = 22;

export function Sparkline({ values, label }: { values: (number | null)[]; label: string }) {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return <span className="muted">—</span>;
  const max = Math.max(...present);
  const min = Math.min(...present);
  const x = (i: number) => (values.length === 1 ? WIDTH / 2 : (i / (values.length - 1)) * (WIDTH - 2) + 1);
  const y = (v: number) => (max === min ? HEIGHT / 2 : HEIGHT - 2 - ((v - min) / (max - min)) * (HEIGHT - 4));
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    const alone = !pen && (values[i + 1] ?? null) === null;
    // A point with no neighbour is drawn as a short dash, or it would not show.
    d += alone
      ? `M${(x(i) - 1.5).toFixed(1)},${y(v).toFixed(1)}h3`
      : `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  return (
    <svg
      className="sparkline"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`${label}: ${formatMs(min)} to ${formatMs(max)}`}
    >
      <path d={d} fill="none" stroke="currentColor" strokeWidth={1.5} />
    </svg>
  );
}
