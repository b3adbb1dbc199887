import type { IsoDate, TimeEntryActivity, TimeEntryRecord } from '@attune/domain';
import { addMonths } from '@attune/domain';
import { addDays, compareText, daysBetween, minDate, workingDayFrom } from './dates';
import type { LaSupervision } from './la-supervision';
import type { FamilyWork, LaPlan, PractitionerPlan } from './plan';
import { streamFor } from './prng';
import { PROGRAMME_DATES } from './reference-data';

function lastDay(practitioner: PractitionerPlan): IsoDate {
  return minDate(practitioner.endDate, PROGRAMME_DATES.deliveryEnd);
}

function series(from: IsoDate, step: (i: number) => IsoDate, until: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let i = 0; ; i++) {
    const date = workingDayFrom(i === 0 ? from : step(i));
    if (date > until) return dates;
    if (dates[dates.length - 1] !== date) dates.push(date);
  }
}

/** Fortnightly peer meetings of the LA's VIG practitioners. */
export function peerMeetingDates(practitioner: PractitionerPlan): IsoDate[] {
  return series('2021-09-09', (i) => addDays('2021-09-09', i * 14), lastDay(practitioner));
}

/** Monthly VIG admin (diary, consent forms, evaluation returns). */
export function monthlyDates(until: IsoDate): IsoDate[] {
  return series('2021-07-01', (i) => addMonths('2021-07-01', i), until);
}

export function practitionerAdminDates(practitioner: PractitionerPlan): IsoDate[] {
  return monthlyDates(lastDay(practitioner)).filter((date) => date >= practitioner.startDate);
}

/** The LA's programme administrator books rooms and keeps the evaluation returns weekly. */
export function weeklyAdminDates(): IsoDate[] {
  return series('2021-07-05', (i) => addDays('2021-07-05', i * 7), PROGRAMME_DATES.deliveryEnd);
}

/** Filler entries spread over the practitioners: the first `total % n` get one more. */
export function fillerFor(plan: LaPlan, index: number): number {
  const n = plan.practitioners.length;
  return Math.floor(plan.fillerTimeEntries / n) + (index < plan.fillerTimeEntries % n ? 1 : 0);
}

const FILLER_ACTIVITIES: readonly TimeEntryActivity[] = [
  'case_recording',
  'admin',
  'meetings',
  'preparation',
];

/**
 * Staff time not captured by sessions: case recording after each held
 * session, peer meetings, monthly admin, travel to in-person supervision
 * (practitioner and supervisor, the supervisor's booked to the LA), the team
 * manager's monthly meetings and sign-off, the administrator's weekly work.
 */
export function generateTimeEntries(
  plan: LaPlan,
  families: FamilyWork[],
  supervision: LaSupervision,
): TimeEntryRecord[] {
  const rng = streamFor(plan.seed, plan.la.code, 'time');
  const la = plan.la.code;
  const entries: TimeEntryRecord[] = [];
  const add = (
    staffCode: string,
    date: IsoDate,
    activity: TimeEntryActivity,
    minutes: number,
    laCode: string | null,
    familyReference: string | null = null,
  ): void => {
    entries.push({ staffCode, date, activity, minutes, laCode, familyReference });
  };

  for (const family of families) {
    for (const s of family.sessions) {
      if (s.outcome === 'held')
        add(
          s.practitionerCode,
          s.date,
          'case_recording',
          rng.int(3, 8) * 5,
          null,
          s.familyReference,
        );
    }
  }
  plan.practitioners.forEach((p, index) => {
    for (const date of peerMeetingDates(p)) add(p.code, date, 'meetings', 60, null);
    for (const date of practitionerAdminDates(p))
      add(p.code, date, 'admin', rng.int(6, 9) * 5, null);
    const filler = fillerFor(plan, index);
    const span = Math.max(1, daysBetween(p.startDate, lastDay(p)));
    for (let k = 0; k < filler; k++) {
      const date = workingDayFrom(addDays(p.startDate, Math.floor(((k + 0.5) * span) / filler)));
      // Half name the LA explicitly, as an importer of real records would see.
      add(
        p.code,
        minDate(date, lastDay(p)),
        FILLER_ACTIVITIES[k % FILLER_ACTIVITIES.length] ?? 'admin',
        rng.int(3, 9) * 5,
        k % 2 === 0 ? la : null,
      );
    }
  });

  const attendeeOf = new Map(supervision.attendees.map((a) => [a.sessionId, a.practitionerCode]));
  for (const session of supervision.sessions) {
    if (session.mode !== 'in_person') continue;
    add(session.supervisorCode, session.date, 'travel', rng.int(8, 18) * 5, la);
    const practitioner = attendeeOf.get(session.id);
    if (session.format === 'individual' && practitioner)
      add(practitioner, session.date, 'travel', rng.int(4, 12) * 5, null);
  }

  for (const date of monthlyDates(PROGRAMME_DATES.deliveryEnd)) {
    add(plan.managerCode, date, 'meetings', 90, null);
    add(plan.managerCode, workingDayFrom(addDays(date, 20)), 'admin', rng.int(6, 12) * 5, null);
  }
  for (const date of weeklyAdminDates())
    add(plan.adminCode, date, 'admin', rng.int(12, 24) * 5, null);

  return entries.sort(
    (a, b) => compareText(a.date, b.date) || compareText(a.staffCode, b.staffCode),
  );
}
