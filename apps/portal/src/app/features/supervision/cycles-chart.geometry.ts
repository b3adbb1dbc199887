import { ukDate } from '../../core/format/uk-date';
/** Where a cumulative-cycles step chart draws, in SVG user units; pure so it can be tested. */
export interface ChartGeometry {
  width: number;
  height: number;
  /** The step line through every completion. */
  path: string;
  /** Y-axis ticks (cycle counts). */
  yTicks: Array<{ value: number; y: number }>;
  /** First and last dates on the x-axis. */
  xLabels: Array<{ text: string; x: number }>;
  /** Where the target line sits (cycles needed), or null when above the frame. */
  targetY: number | null;
}

const DAY = 86_400_000;
const MARGIN = { left: 32, right: 8, top: 8, bottom: 20 };

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/**
 * Cumulative completed cycles from `from` to `to`: a step up on each
 * completion date. The y scale runs to the larger of the target and the count.
 */
export function cyclesChart(
  completions: readonly string[],
  from: string,
  to: string,
  target: number,
  width = 320,
  height = 120,
): ChartGeometry {
  const start = day(from);
  const end = Math.max(day(to), start + 1);
  const top = Math.max(target, completions.length, 1);
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const x = (d: number) =>
    MARGIN.left + ((Math.min(Math.max(d, start), end) - start) / (end - start)) * plotW;
  const y = (n: number) => MARGIN.top + plotH - (n / top) * plotH;
  const round = (v: number) => Math.round(v * 10) / 10;
  const points: string[] = [`M${round(x(start))},${round(y(0))}`];
  [...completions].sort().forEach((date, i) => {
    const px = round(x(day(date)));
    points.push(`H${px}`, `V${round(y(i + 1))}`);
  });
  points.push(`H${round(x(end))}`);
  const step = top <= 6 ? 1 : top <= 12 ? 3 : 6;
  const yTicks: ChartGeometry['yTicks'] = [];
  for (let v = 0; v <= top; v += step) yTicks.push({ value: v, y: round(y(v)) });
  return {
    width,
    height,
    path: points.join(' '),
    yTicks,
    xLabels: [
      { text: ukDate(from), x: MARGIN.left },
      { text: ukDate(to), x: width - MARGIN.right },
    ],
    targetY: target > 0 ? round(y(target)) : null,
  };
}
