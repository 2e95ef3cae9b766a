// A bar chart of rupiah (Chart.js on a canvas: it sizes the canvas through the CSSOM, which the
// page's style-src 'self' allows, and draws tooltips on the canvas). Only the bar parts are
// registered, so the rest of Chart.js stays out of the bundle. The same figures are always in a
// table beside it: a canvas is an image to a screen reader, named by its aria-label.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { formatRupiah } from '../../../shared/money';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const cssColor = (name: string, fallback: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

export function NetChart({
  labels,
  values,
  label,
  testId,
  horizontal = false,
}: {
  labels: string[];
  values: number[];
  label: string;
  testId: string;
  horizontal?: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const money = (value: string | number) => formatRupiah(Number(value));
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels,
        datasets: [{ label, data: values, backgroundColor: cssColor('--brand', '#0f5132'), borderRadius: 3 }],
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: (item) => money(item.parsed[horizontal ? 'x' : 'y'] ?? 0) } },
        },
        scales: horizontal ? { x: { ticks: { callback: money } } } : { y: { ticks: { callback: money } } },
      },
    });
    return () => chart.destroy();
  }, [labels, values, label, horizontal]);
  return (
    <div className="office-chart">
      <canvas ref={canvas} role="img" aria-label={label} data-testid={testId} />
    </div>
  );
}
