/** One bar: its label, its length (a number used for drawing only) and the figure shown. */
export interface BarDatum {
  label: string;
  value: number;
  /** The figure as people read it, e.g. "£1,234.50". */
  display: string;
  /** Further figures for the table's extra columns, in the order of its detail headers. */
  details?: readonly string[];
  /** Where the bar and its table row lead (a portal address, e.g. the figure's ledger lines). */
  link?: string;
}

/** How many bars the spoken summary names before it points to the table. */
const NAMED = 6;

/**
 * The chart in one sentence for its aria-label: what it shows, the bars from
 * largest to smallest (the first few by name), and where the full figures are.
 */
export function chartSummary(title: string, bars: readonly BarDatum[]): string {
  if (bars.length === 0) return `${title}: no figures to chart.`;
  const ordered = [...bars].sort((a, b) => b.value - a.value);
  const named = ordered.slice(0, NAMED).map((bar) => `${bar.label} ${bar.display}`);
  const rest = ordered.length - named.length;
  const list = rest > 0 ? `${named.join('; ')}; and ${rest} more` : named.join('; ');
  const count = bars.length === 1 ? '1 bar' : `${bars.length} bars`;
  return `${title}: bar chart, ${count}, largest first: ${list}. The table that follows gives every figure.`;
}

export interface BarLayout {
  label: string;
  display: string;
  link?: string;
  y: number;
  width: number;
}

export const CHART = {
  width: 640,
  labelWidth: 170,
  barArea: 340,
  barHeight: 24,
  gap: 10,
} as const;

/** Bar lengths in proportion to the largest; a chart of zeros draws no bars. */
export function layoutBars(bars: readonly BarDatum[]): BarLayout[] {
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  return bars.map((bar, i) => ({
    label: bar.label,
    display: bar.display,
    link: bar.link,
    y: i * (CHART.barHeight + CHART.gap),
    width: max > 0 ? (Math.max(0, bar.value) / max) * CHART.barArea : 0,
  }));
}
