import { chartValue, formatPounds } from '../money';

/** One month of the cumulative chart: pounds as the API gives them (exact, rounded once). */
export interface MonthPoint {
  /** `YYYY-MM`. */
  month: string;
  cost: string;
  cumulativeCost: string;
  /** The month's own ledger lines. */
  link?: string;
}

export const MONTH_CHART = {
  width: 640,
  height: 240,
  left: 88,
  right: 16,
  top: 12,
  bottom: 32,
} as const;

export interface MonthLayout {
  x: number;
  y: number;
  label: string;
  display: string;
  link?: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2021-09" as "Sep 2021". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** Points left to right, heights in proportion to the largest cumulative cost (drawing only). */
export function layoutMonths(points: readonly MonthPoint[]): MonthLayout[] {
  const c = MONTH_CHART;
  const innerW = c.width - c.left - c.right;
  const innerH = c.height - c.top - c.bottom;
  const max = Math.max(0, ...points.map((p) => chartValue(p.cumulativeCost)));
  const step = points.length > 1 ? innerW / (points.length - 1) : 0;
  return points.map((p, i) => ({
    x: c.left + i * step,
    y: c.top + innerH - (max > 0 ? (chartValue(p.cumulativeCost) / max) * innerH : 0),
    label: monthLabel(p.month),
    display: formatPounds(p.cumulativeCost),
    link: p.link,
  }));
}

/** The area under the line, closed along the x axis. */
export function areaPath(layout: readonly MonthLayout[]): string {
  if (layout.length === 0) return '';
  const base = MONTH_CHART.height - MONTH_CHART.bottom;
  const line = layout.map((p) => `L${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  return `M${layout[0]!.x.toFixed(1)},${base} ${line} L${layout.at(-1)!.x.toFixed(1)},${base} Z`;
}

export function linePath(layout: readonly MonthLayout[]): string {
  return layout.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

/** The chart in one sentence for its aria-label. */
export function monthSummary(title: string, points: readonly MonthPoint[]): string {
  if (points.length === 0) return `${title}: no figures to chart.`;
  const first = points[0]!;
  const last = points.at(-1)!;
  return (
    `${title}: area chart of ${points.length} months, from ${monthLabel(first.month)} ` +
    `(${formatPounds(first.cumulativeCost)}) to ${monthLabel(last.month)} ` +
    `(${formatPounds(last.cumulativeCost)}). The table that follows gives every month.`
  );
}
