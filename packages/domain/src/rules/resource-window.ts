import type { IsoDate } from '../model/records.js';

/** The dates a resource may carry: a year before the programme's start (set-up purchases) to delivery end or today. */
export interface ResourceWindow {
  from: IsoDate;
  to: IsoDate;
}

/** The same day a year earlier; 29 February falls back to the 28th. */
function yearBefore(date: IsoDate): IsoDate {
  const year = String(Number(date.slice(0, 4)) - 1).padStart(4, '0');
  const monthDay = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${year}-${monthDay}`;
}

export function resourceWindow(
  programme: { startDate: IsoDate; deliveryEnd: IsoDate },
  today: IsoDate,
): ResourceWindow {
  return {
    from: yearBefore(programme.startDate),
    to: programme.deliveryEnd < today ? programme.deliveryEnd : today,
  };
}

/**
 * Why a resource's date is outside its window, as a sentence naming the
 * window, or null when it is inside (both ends inclusive).
 */
export function resourceDateProblem(
  date: IsoDate,
  programme: { startDate: IsoDate; deliveryEnd: IsoDate },
  today: IsoDate,
): string | null {
  const window = resourceWindow(programme, today);
  if (date >= window.from && date <= window.to) return null;
  const end =
    window.to === programme.deliveryEnd ? `the delivery end ${window.to}` : `today ${window.to}`;
  return `${date} is outside the window for resources: from ${window.from} (a year before the programme's start ${programme.startDate}) to ${end}`;
}
