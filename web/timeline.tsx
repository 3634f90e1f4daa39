import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import type { Timeline } from './api.js';

export const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
const MAX_SERIES = 8;

/** Events over time, stacked by type, quad class or status (the largest series below; the rest as "other"). */
export function TimelineChart({ timeline }: { timeline: Timeline }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current || timeline.periods.length === 0) return;
    const shown = timeline.series.slice(0, MAX_SERIES);
    const rest = timeline.series.slice(MAX_SERIES);
    if (rest.length) shown.push({ key: 'other', counts: timeline.periods.map((_, i) => rest.reduce((n, s) => n + s.counts[i], 0)) });
    // Stacked: each series is drawn as the running total, topmost first so the lower ones paint over it.
    const totals = shown.map((_, k) => timeline.periods.map((__, i) => shown.slice(0, k + 1).reduce((n, s) => n + s.counts[i], 0)));
    const xs = timeline.periods.map((p) => Date.parse(p.length === 4 ? `${p}-01-01` : p.length === 7 ? `${p}-01` : p) / 1000);
    const order = shown.map((_, k) => shown.length - 1 - k);
    // A few reports date events decades away: the axis spans the periods that hold 99% of the events.
    const all = totals[totals.length - 1];
    const sum = all.reduce((a, b) => a + b, 0);
    let seen = 0;
    const cumulative = all.map((n) => (seen += n));
    const lo = Math.max(0, cumulative.findIndex((c) => c > sum * 0.005));
    const hi = Math.max(lo + 1, cumulative.findIndex((c) => c >= sum * 0.995));
    const range: [number, number] = [xs[lo], xs[Math.min(hi, xs.length - 1)] + 1];
    const plot = new uPlot(
      {
        width: box.current.clientWidth || 600,
        height: 220,
        scales: { x: { time: true, range: () => range } },
        legend: { live: false },
        series: [{}, ...order.map((k) => ({ label: shown[k].key, stroke: PALETTE[k % PALETTE.length], fill: PALETTE[k % PALETTE.length] + 'cc', width: 1, points: { show: false }, paths: uPlot.paths.stepped!({ align: 1 }) }))],
        axes: [{}, { size: 56 }],
      },
      [xs, ...order.map((k) => totals[k])],
      box.current,
    );
    const onResize = () => plot.setSize({ width: box.current?.clientWidth || 600, height: 220 });
    addEventListener('resize', onResize);
    return () => {
      removeEventListener('resize', onResize);
      plot.destroy();
    };
  }, [timeline]);
  if (timeline.periods.length === 0) return <p class="empty">No dated events match.</p>;
  return <div ref={box} class="chart" aria-label="Events over time" />;
}
