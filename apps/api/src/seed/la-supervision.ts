import type { IsoDate, SupervisionAttendeeRecord, SupervisionSessionRecord } from '@attune/domain';
import { addDays, compareText, minDate, workingDayFrom } from './dates';
import type { FamilyWork, LaPlan, PractitionerPlan } from './plan';
import { streamFor } from './prng';
import { PROGRAMME_DATES } from './reference-data';

/** Individual supervision starts once family work is under way, every three weeks (five when slow). */
const INDIVIDUAL_FROM = '2021-09-06';
const GROUP_FROM = '2021-10-05';
const GROUP_UNTIL = '2022-06-24';
export const GROUP_ATTENDANCE = 0.85;

function lastDay(practitioner: PractitionerPlan): IsoDate {
  return minDate(practitioner.endDate, PROGRAMME_DATES.deliveryEnd);
}

/** Dates of a practitioner's individual supervision: deterministic, so the size estimate can count them. */
export function individualSupervisionDates(practitioner: PractitionerPlan): IsoDate[] {
  const every = practitioner.pace === 'steady' ? 21 : 35;
  const dates: IsoDate[] = [];
  for (let i = 0; ; i++) {
    const date = workingDayFrom(addDays(INDIVIDUAL_FROM, i * every));
    if (date > lastDay(practitioner)) return dates;
    if (dates[dates.length - 1] !== date) dates.push(date);
  }
}

/** Every third individual session is in person (the rest remote), so travel is countable too. */
export function isInPerson(index: number): boolean {
  return index % 3 === 2;
}

/** Dates of the monthly group supervision each supervisor runs for the LA's supervisees. */
export function groupSupervisionDates(): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let i = 0; ; i++) {
    const date = workingDayFrom(addDays(GROUP_FROM, i * 28));
    if (date > GROUP_UNTIL) return dates;
    dates.push(date);
  }
}

/** Practitioners of the supervisor's group who are in post on the date. */
export function groupEligible(plan: LaPlan, supervisor: string, date: IsoDate): PractitionerPlan[] {
  return plan.practitioners.filter(
    (p) => p.supervisorCode === supervisor && p.startDate <= date && date <= lastDay(p),
  );
}

interface Film {
  familyReference: string;
  cycle: number;
  date: IsoDate;
}

/** Held filming sessions by practitioner: the films supervision can review. */
function filmsByPractitioner(families: FamilyWork[]): Map<string, Film[]> {
  const films = new Map<string, Film[]>();
  for (const family of families) {
    for (const s of family.sessions) {
      if (s.type !== 'filming' || s.outcome !== 'held' || s.cycle === null) continue;
      const list = films.get(s.practitionerCode) ?? [];
      list.push({ familyReference: s.familyReference, cycle: s.cycle, date: s.date });
      films.set(s.practitionerCode, list);
    }
  }
  for (const list of films.values())
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return films;
}

export interface LaSupervision {
  sessions: SupervisionSessionRecord[];
  attendees: SupervisionAttendeeRecord[];
}

/**
 * Individual supervision for every practitioner with their own supervisor,
 * reviewing the newest film not yet reviewed, and monthly group supervision.
 */
export function generateSupervision(plan: LaPlan, families: FamilyWork[]): LaSupervision {
  const rng = streamFor(plan.seed, plan.la.code, 'supervision');
  const films = filmsByPractitioner(families);
  type Draft = {
    session: Omit<SupervisionSessionRecord, 'id'>;
    attendees: Omit<SupervisionAttendeeRecord, 'sessionId'>[];
  };
  const drafts: Draft[] = [];

  for (const practitioner of plan.practitioners) {
    const own = films.get(practitioner.code) ?? [];
    let reviewed = 0;
    individualSupervisionDates(practitioner).forEach((date, index) => {
      // The newest film shot before the session that supervision has not seen yet.
      let film: Film | null = null;
      while (reviewed < own.length && (own[reviewed]?.date ?? '9999') < date)
        film = own[reviewed++] ?? null;
      drafts.push({
        session: {
          date,
          supervisorCode: practitioner.supervisorCode,
          format: 'individual',
          mode: isInPerson(index) ? 'in_person' : 'remote',
          durationMinutes: practitioner.pace === 'steady' ? rng.pick([60, 75, 90]) : 60,
          prepMinutes: rng.int(2, 6) * 5,
        },
        attendees: [
          {
            practitionerCode: practitioner.code,
            familyReference: film?.familyReference ?? null,
            cycle: film?.cycle ?? null,
          },
        ],
      });
    });
  }

  for (const supervisor of plan.supervisors) {
    groupSupervisionDates().forEach((date, index) => {
      const eligible = groupEligible(plan, supervisor, date);
      if (eligible.length === 0) return;
      let present = eligible.filter(() => rng.chance(GROUP_ATTENDANCE));
      if (present.length === 0) present = eligible.slice(0, 1);
      drafts.push({
        session: {
          date,
          supervisorCode: supervisor,
          format: 'group',
          mode: index % 2 === 0 ? 'in_person' : 'remote',
          durationMinutes: 120,
          prepMinutes: rng.int(4, 8) * 5,
        },
        attendees: present.map((p) => {
          const earlier = (films.get(p.code) ?? []).filter((f) => f.date < date);
          const film = earlier.length > 0 && rng.chance(0.5) ? rng.pick(earlier) : null;
          return {
            practitionerCode: p.code,
            familyReference: film?.familyReference ?? null,
            cycle: film?.cycle ?? null,
          };
        }),
      });
    });
  }

  drafts.sort(
    (a, b) =>
      compareText(a.session.date, b.session.date) ||
      compareText(a.session.supervisorCode, b.session.supervisorCode),
  );
  const sessions: SupervisionSessionRecord[] = [];
  const attendees: SupervisionAttendeeRecord[] = [];
  drafts.forEach((draft, index) => {
    const id = `${plan.supervisionIdPrefix}${String(index + 1).padStart(4, '0')}`;
    sessions.push({ id, ...draft.session });
    for (const attendee of draft.attendees) attendees.push({ sessionId: id, ...attendee });
  });
  return { sessions, attendees };
}
