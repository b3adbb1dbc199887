import { ukDate, ukShortMonth } from '../../core/format/uk-date';
import type { IntakeMonth } from './delivery.models';

/** Where the intake chart draws, in SVG user units; pure so it can be tested. */
export interface IntakeGeometry {
  width: number;
  height: number;
  /** One pair of bars a month: referred (left) and randomised (right). */
  bars: Array<{
    month: string;
    referred: { x: number; y: number; height: number };
    randomised: { x: number; y: number; height: number };
    inWindow: boolean;
  }>;
  barWidth: number;
  /** The intake window, shaded behind the bars (null when no month is in it). */
  window: { x: number; width: number } | null;
  yTicks: Array<{ value: number; y: number }>;
  /** Month labels, thinned so they do not overlap. */
  xLabels: Array<{ text: string; x: number }>;
  baseline: number;
}

const MARGIN = { left: 36, right: 8, top: 8, bottom: 22 };
const round = (v: number) => Math.round(v * 10) / 10;

export function intakeChart(
  months: readonly IntakeMonth[],
  width = 640,
  height = 200,
): IntakeGeometry {
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const slot = plotW / Math.max(months.length, 1);
  const barWidth = round(Math.max(1, (slot * 0.8) / 2));
  const top = Math.max(1, ...months.map((m) => Math.max(m.referred, m.randomised)));
  const baseline = MARGIN.top + plotH;
  const bar = (x: number, value: number) => {
    const h = round((value / top) * plotH);
    return { x: round(x), y: round(baseline - h), height: h };
  };
  const bars = months.map((m, i) => {
    const left = MARGIN.left + i * slot + slot * 0.1;
    return {
      month: m.month,
      referred: bar(left, m.referred),
      randomised: bar(left + barWidth, m.randomised),
      inWindow: m.inWindow,
    };
  });
  const inside = months.map((m, i) => (m.inWindow ? i : -1)).filter((i) => i >= 0);
  const window =
    inside.length === 0
      ? null
      : {
          x: round(MARGIN.left + inside[0]! * slot),
          width: round((inside[inside.length - 1]! - inside[0]! + 1) * slot),
        };
  const step = Math.max(1, Math.ceil(top / 5));
  const yTicks: IntakeGeometry['yTicks'] = [];
  for (let v = 0; v <= top; v += step)
    yTicks.push({ value: v, y: round(baseline - (v / top) * plotH) });
  const every = Math.max(1, Math.ceil(months.length / 8));
  const xLabels = months
    .map((m, i) => ({ text: ukShortMonth(m.month), x: round(MARGIN.left + i * slot + slot / 2) }))
    .filter((_l, i) => i % every === 0);
  return { width, height, bars, barWidth, window, yTicks, xLabels, baseline: round(baseline) };
}

/** One sentence for screen readers and the figure caption. */
export function intakeSummary(
  months: readonly IntakeMonth[],
  intakeStart: string,
  intakeEnd: string,
): string {
  const referred = months.reduce((n, m) => n + m.referred, 0);
  const randomised = months.reduce((n, m) => n + m.randomised, 0);
  const outside = months.filter((m) => !m.inWindow).reduce((n, m) => n + m.referred, 0);
  const busiest = [...months].sort((a, b) => b.referred - a.referred)[0];
  return (
    `${referred} referrals and ${randomised} randomisations; intake window ${ukDate(intakeStart)} to ${ukDate(intakeEnd)}` +
    (outside > 0 ? `, ${outside} referral${outside === 1 ? '' : 's'} outside it` : '') +
    (busiest && busiest.referred > 0
      ? `; most referrals in ${ukShortMonth(busiest.month)} (${busiest.referred}).`
      : '.')
  );
}
