import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

// Only what the dashboard draws: line, bar and doughnut charts.
Chart.register(
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  DoughnutController,
  ArcElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
);

export interface Series {
  label: string;
  values: (number | null)[];
  colour: string;
}

interface ChartProps {
  title: string;
  type: 'line' | 'bar' | 'doughnut';
  labels: string[];
  series: Series[];
  /** How a value reads on the axis and in the tooltip (money, percent…). */
  format: (value: number) => string;
}

function configOf({ type, labels, series, format }: ChartProps): ChartConfiguration {
  const doughnut = type === 'doughnut';
  return {
    type,
    data: {
      labels,
      datasets: series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: doughnut ? ['#1f7a4d', '#e0a800', '#b3261e'] : s.colour,
        borderColor: doughnut ? '#ffffff' : s.colour,
        spanGaps: true,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { display: doughnut || series.length > 1 },
        tooltip: {
          callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${format(Number(item.raw))}` },
        },
      },
      ...(doughnut
        ? {}
        : { scales: { y: { beginAtZero: true, ticks: { callback: (value) => format(Number(value)) } } } }),
    },
  };
}

/** A chart drawn by chart.js, with the same figures as a table for screen readers. */
export function ChartCard(props: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, configOf(props));
    return () => chart.destroy();
  });
  const { title, labels, series, format } = props;
  return (
    <section class="card chart-card">
      <h2>{title}</h2>
      <div class="chart-box" aria-hidden="true">
        <canvas ref={canvas} />
      </div>
      {/* A table is as wide as its figures whatever its width says, so a box of 1 px holds it. */}
      <div class="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <td />
              {series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((label, i) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {series.map((s) => {
                  const value = s.values[i];
                  return <td key={s.label}>{value === null || value === undefined ? '–' : format(value)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
