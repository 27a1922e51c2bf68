import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface BarSeries {
  label: string;
  values: (number | null)[];
}

export interface BarChartProps {
  labels: string[];
  series: BarSeries[];
  /** The chart's accessible name: the one-sentence text alternative. */
  label: string;
  /** Horizontal bars for long category names (sites, procedures). */
  horizontal?: boolean;
}

// Bootstrap Italia's palette: primary blue, then darker and contrasting hues distinguishable side by side.
const COLOURS = ['#0066cc', '#004080', '#d9364f', '#008055', '#cc7a00'];

/**
 * A bar chart on a canvas, its code fetched only when a chart is shown (Chart.js stays out of the first
 * bundle). The canvas is an image named by the sentence that sums it up; the table beside it has the numbers.
 */
export function BarChart({ labels, series, label, horizontal = false }: BarChartProps) {
  const { t } = useTranslation('union');
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  // redraw when what is drawn changes, not whenever the page re-renders with equal arrays
  const drawn = JSON.stringify({ labels, series, horizontal });
  useEffect(() => {
    const { labels, series, horizontal } = JSON.parse(drawn) as Omit<BarChartProps, 'label'>;
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    import('./chart-module')
      .then(({ Chart }) => {
        if (cancelled || !canvas.current) return;
        chart = new Chart(canvas.current, {
          type: 'bar',
          data: {
            labels,
            datasets: series.map((s, i) => ({
              label: s.label,
              data: s.values,
              backgroundColor: COLOURS[i % COLOURS.length],
            })),
          },
          options: {
            indexAxis: horizontal ? 'y' : 'x',
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            plugins: { legend: { display: series.length > 1, position: 'bottom' } },
          },
        });
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [drawn]);
  if (failed) return <p className="text-secondary">{t('statistics.chartFailed')}</p>;
  const height = horizontal ? Math.max(12, labels.length * 2.2 + 4) : 18;
  return (
    <div style={{ position: 'relative', height: `${height}rem`, maxWidth: '100%' }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
