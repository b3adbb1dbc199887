import type { OneWayItem } from '@attune/contract';
import { valueLabel as words } from '@attune/domain';

/**
 * Drawing sizes of the tornado chart, in SVG user units. The label column holds the
 * longest assumption's words at 13 px ("Unit cost: educational psychologist", some
 * 230 units); at 200 its start was cut off.
 */
export const TORNADO = {
  width: 640,
  labelWidth: 250,
  right: 16,
  barHeight: 22,
  gap: 8,
  top: 24,
} as const;

export interface TornadoBar {
  label: string;
  y: number;
  /** The segment from the base to the low value's total, and to the high value's. */
  low: { x: number; width: number };
  high: { x: number; width: number };
  item: OneWayItem;
}

export interface TornadoLayout {
  baseX: number;
  height: number;
  bars: TornadoBar[];
}

/** Pounds to a number for a bar's length only (figures shown are the API's strings). */
const value = (pounds: string) => Number(pounds);

/**
 * Bars either side of the base total, in the order given (the API sorts them widest first): each
 * row's low segment runs from the base to the total at the assumption's low value, its high
 * segment to the total at its high value (either may lie on either side: a shorter life costs more).
 */
export function layoutTornado(
  base: string,
  items: readonly OneWayItem[],
  label: (item: OneWayItem) => string,
): TornadoLayout {
  const b = value(base);
  const all = [b, ...items.flatMap((i) => [value(i.low), value(i.high)])];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const span = max - min;
  const plot = TORNADO.width - TORNADO.labelWidth - TORNADO.right;
  const x = (v: number) => TORNADO.labelWidth + (span === 0 ? plot / 2 : ((v - min) / span) * plot);
  const baseX = x(b);
  const segment = (v: number) => {
    const end = x(v);
    return { x: Math.min(baseX, end), width: Math.abs(end - baseX) };
  };
  const bars = items.map((item, i) => ({
    label: label(item),
    y: TORNADO.top + i * (TORNADO.barHeight + TORNADO.gap),
    low: segment(value(item.low)),
    high: segment(value(item.high)),
    item,
  }));
  const height = TORNADO.top + Math.max(1, items.length) * (TORNADO.barHeight + TORNADO.gap);
  return { baseX, height, bars };
}

/** What an item varies, in words: "Unit cost: social worker", "Useful life of durables". */
export function assumptionLabel(item: OneWayItem): string {
  switch (item.assumption) {
    case 'unit_cost':
      return `Unit cost: ${words(item.parameter)}`;
    case 'useful_life':
      return 'Useful life of durables';
    case 'discount_rate':
      return 'Discount rate';
    case 'sensitivity_factors':
      return 'All staff unit costs';
  }
}

/** The low and high values in words: "x 0.8", "-1 year", "0%". */
export function valueLabel(item: OneWayItem, which: 'low' | 'high'): string {
  const v = which === 'low' ? item.lowValue : item.highValue;
  if (item.assumption === 'useful_life') {
    const n = Number(v);
    return `${n > 0 ? '+' : ''}${n} year${Math.abs(n) === 1 ? '' : 's'}`;
  }
  if (item.assumption === 'discount_rate')
    return `${(Number(v) * 100).toFixed(1).replace(/\.0$/, '')}%`;
  return `× ${v}`;
}
