// A bar chart drawn on the server as SVG: no script, no charting library. The SVG is one image with a
// title and a description for screen readers, each bar carries its own <title> (a tooltip), and the
// same figures are a table underneath for anyone who would rather read numbers.

export interface Bar {
  /** The bar's label in the table and its tooltip ("2026-12-01", "第 3 小时"). */
  label: string;
  views: number;
}

interface Props {
  /** Unique on the page: the title, description and table are named after it. */
  id: string;
  title: string;
  description: string;
  bars: Bar[];
  labels: { table: string; when: string; views: string };
}

const WIDTH = 720;
const HEIGHT = 180;
const AXIS = 20;

export function ViewsChart({ id, title, description, bars, labels }: Props) {
  const max = Math.max(1, ...bars.map((bar) => bar.views));
  const slot = WIDTH / Math.max(1, bars.length);
  const plot = HEIGHT - AXIS;
  const ticks = bars.length > 1 ? [0, Math.floor((bars.length - 1) / 2), bars.length - 1] : [0];
  return (
    <figure className="space-y-2" data-testid={id}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full rounded border border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <text x={4} y={12} className="fill-neutral-600 text-[10px] dark:fill-neutral-400">
          {max}
        </text>
        <line x1={0} x2={WIDTH} y1={plot} y2={plot} className="stroke-neutral-300 dark:stroke-neutral-700" />
        {bars.map((bar, index) => {
          const height = Math.round((bar.views / max) * (plot - 16));
          return (
            <rect
              key={bar.label}
              x={index * slot + slot * 0.15}
              y={plot - height}
              width={Math.max(1, slot * 0.7)}
              height={height}
              className="fill-brand"
            >
              <title>{`${bar.label}: ${bar.views}`}</title>
            </rect>
          );
        })}
        {ticks.map((index) => (
          <text
            key={index}
            x={Math.min(WIDTH - 4, Math.max(4, index * slot + slot / 2))}
            y={HEIGHT - 6}
            textAnchor={index === 0 ? "start" : index === bars.length - 1 ? "end" : "middle"}
            className="fill-neutral-600 text-[10px] dark:fill-neutral-400"
          >
            {bars[index]?.label}
          </text>
        ))}
      </svg>
      <figcaption className="font-bold">{title}</figcaption>
      <details>
        <summary className="cursor-pointer text-sm text-brand">{labels.table}</summary>
        <table className="mt-2 border-collapse text-left text-sm" aria-labelledby={`${id}-title`}>
          <thead>
            <tr className="border-b border-neutral-200 dark:border-neutral-800">
              <th className="px-3 py-1">{labels.when}</th>
              <th className="px-3 py-1 text-right">{labels.views}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label} className="border-b border-neutral-100 dark:border-neutral-800">
                <td className="px-3 py-1">{bar.label}</td>
                <td className="px-3 py-1 text-right tabular-nums" data-views={bar.views}>
                  {bar.views}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
