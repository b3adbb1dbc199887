import type { IsoDate, ProgrammeRecord } from '../model/records.js';

/** The dates a record of delivery may carry: the programme's start to its delivery end, and not after today. */
export interface DeliveryWindow {
  from: IsoDate;
  to: IsoDate;
}

/**
 * The programme's window for dated records of delivery (family sessions,
 * supervision, training, milestones, time entries): start date to delivery
 * end, cut at today, since delivery cannot be recorded ahead of time. Before
 * the programme starts the window is empty (`to` before `from`).
 */
export function deliveryWindow(
  programme: Pick<ProgrammeRecord, 'startDate' | 'deliveryEnd'>,
  today: IsoDate,
): DeliveryWindow {
  const to = today < programme.deliveryEnd ? today : programme.deliveryEnd;
  return { from: programme.startDate, to };
}

/**
 * Why `date` is outside the window, naming `field` and the window (ISO dates
 * compare as strings); null when it is inside.
 */
export function deliveryWindowProblem(
  field: string,
  date: IsoDate,
  window: DeliveryWindow,
): string | null {
  if (date >= window.from && date <= window.to) return null;
  return `${field} ${date} is outside the programme's window, ${window.from} to ${window.to}`;
}
