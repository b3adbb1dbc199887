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

export interface ChartShape {
  readonly width: number;
  /** Room for the labels beside the bars (0 when they stand above them). */
  readonly labelWidth: number;
  /** Room for a label above each bar (0 when they stand beside them). */
  readonly labelAbove: number;
  readonly barArea: number;
  readonly barHeight: number;
  readonly gap: number;
}

/** Labels beside the bars: a laptop's chart. */
export const CHART: ChartShape = {
  width: 640,
  labelWidth: 170,
  labelAbove: 0,
  barArea: 340,
  barHeight: 24,
  gap: 10,
};

/**
 * A phone's chart: labels above the bars and a viewBox about as wide as the
 * screen, so the chart is drawn near its own size (the laptop's, squeezed
 * into 330 px, had 6 px text and 12 px bars).
 */
export const NARROW_CHART: ChartShape = {
  width: 340,
  labelWidth: 0,
  labelAbove: 20,
  // 140 units beside the longest bar for its figure: "15 Dec 2022, late" ran off at 100.
  barArea: 200,
  barHeight: 24,
  gap: 10,
};

/** The distance from one bar's top to the next. */
export function barPitch(shape: ChartShape): number {
  return shape.labelAbove + shape.barHeight + shape.gap;
}

/** Bar lengths in proportion to the largest; a chart of zeros draws no bars. */
export function layoutBars(bars: readonly BarDatum[], shape: ChartShape = CHART): BarLayout[] {
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  return bars.map((bar, i) => ({
    label: bar.label,
    display: bar.display,
    link: bar.link,
    y: i * barPitch(shape),
    width: max > 0 ? (Math.max(0, bar.value) / max) * shape.barArea : 0,
  }));
}
