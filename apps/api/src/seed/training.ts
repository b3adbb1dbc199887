import type { IsoDate, TrainingAttendeeRecord, TrainingEventRecord } from '@attune/domain';
import { addDays, daysBetween, minDate, workingDayFrom } from './dates';
import type { PractitionerPlan } from './plan';
import type { Rng } from './prng';
import { PROGRAMME_DATES } from './reference-data';

export interface Cohort {
  id: string;
  practitioners: PractitionerPlan[];
  /** LA team managers who join the morning of day one. */
  managers: string[];
  trainers: string[];
  /** A supervisor who co-leads the group days. */
  supervisor: string;
  /** Day one of the initial course: every practitioner's start date. */
  day1: IsoDate;
}

export interface Training {
  events: TrainingEventRecord[];
  attendees: TrainingAttendeeRecord[];
}

export function courseDay2(day1: IsoDate): IsoDate {
  return workingDayFrom(addDays(day1, 1));
}

/** Later events of a cohort: a stage introduction at the mid-point and three group days. */
export function laterEvents(
  day1: IsoDate,
): Array<{ type: 'stage_introduction' | 'group_day'; date: IsoDate; minutes: number }> {
  // Cohorts that start later hold their later events up to two weeks later, still before the delivery end.
  const lag = Math.min(daysBetween(PROGRAMME_DATES.initialCourseDay1, day1), 14);
  const shift = (date: IsoDate): IsoDate => workingDayFrom(addDays(date, lag));
  return [
    { type: 'group_day', date: shift('2021-10-13'), minutes: 300 },
    { type: 'stage_introduction', date: shift('2022-01-12'), minutes: 180 },
    { type: 'group_day', date: shift('2022-03-09'), minutes: 300 },
    { type: 'group_day', date: shift('2022-06-08'), minutes: 300 },
  ];
}

function inPost(p: PractitionerPlan, date: IsoDate): boolean {
  return p.startDate <= date && date <= minDate(p.endDate, PROGRAMME_DATES.deliveryEnd);
}

/**
 * The training of one cohort: the two-day initial course (day one with the
 * managers for the morning), then the stage introduction and group days for
 * practitioners still in post. Training time is a set-up cost in the ledger.
 */
export function generateTraining(cohort: Cohort, rng: Rng): Training {
  const events: TrainingEventRecord[] = [];
  const attendees: TrainingAttendeeRecord[] = [];
  const day2 = courseDay2(cohort.day1);
  const course = [
    { date: cohort.day1, id: `${cohort.id}-01` },
    { date: day2, id: `${cohort.id}-02` },
  ];
  for (const [index, day] of course.entries()) {
    events.push({
      id: day.id,
      date: day.date,
      type: 'initial_course',
      durationMinutes: 360,
      trainerCodes: cohort.trainers,
    });
    for (const p of cohort.practitioners) {
      attendees.push({
        eventId: day.id,
        staffCode: p.code,
        minutesAttended: rng.chance(0.05) ? 300 : 360,
      });
    }
    if (index === 0)
      for (const m of cohort.managers)
        attendees.push({ eventId: day.id, staffCode: m, minutesAttended: 180 });
  }
  laterEvents(cohort.day1).forEach((event, index) => {
    const id = `${cohort.id}-${String(index + 3).padStart(2, '0')}`;
    const trainers =
      event.type === 'group_day'
        ? [cohort.trainers[0] ?? cohort.supervisor, cohort.supervisor]
        : cohort.trainers.slice(0, 1);
    events.push({
      id,
      date: event.date,
      type: event.type,
      durationMinutes: event.minutes,
      trainerCodes: trainers,
    });
    for (const p of cohort.practitioners) {
      if (!inPost(p, event.date) || rng.chance(0.1)) continue;
      attendees.push({
        eventId: id,
        staffCode: p.code,
        minutesAttended: rng.chance(0.1) ? event.minutes / 2 : event.minutes,
      });
    }
  });
  return { events, attendees };
}
