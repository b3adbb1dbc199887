import type {
  IsoDate,
  MilestoneRecord,
  SupervisionAttendeeRecord,
  SupervisionSessionRecord,
} from '@attune/domain';
import { addDays, minDate, workingDayFrom } from './dates';
import type { FamilyWork, LaPlan, PractitionerPlan } from './plan';
import { streamFor } from './prng';
import { PROGRAMME_DATES } from './reference-data';
import { courseDay2 } from './training';

/** The AVIGuk 18-cycle route: 6 families, 18 cycles, 15 hours of individual supervision. */
const CYCLES_FOR_ACCREDITATION = 18;
const FAMILIES_FOR_ACCREDITATION = 6;
const SUPERVISION_MINUTES_FOR_ACCREDITATION = 15 * 60;
const CYCLES_FOR_MIDPOINT = 9;
export const ACCREDITATION_DEFERRAL = 0.2;

/** The date by which the practitioner had done `count` of something, from sorted dates. */
function nth(dates: IsoDate[], count: number): IsoDate | null {
  return dates.length >= count ? (dates[count - 1] ?? null) : null;
}

function practitionerProgress(
  practitioner: PractitionerPlan,
  families: FamilyWork[],
  sessions: Map<string, SupervisionSessionRecord>,
  attendees: SupervisionAttendeeRecord[],
): { cycles: IsoDate[]; families: IsoDate[]; supervisionMet: IsoDate | null } {
  const cycles: IsoDate[] = [];
  const firstHeld = new Map<string, IsoDate>();
  for (const family of families) {
    for (const s of family.sessions) {
      if (s.practitionerCode !== practitioner.code || s.outcome !== 'held') continue;
      if (s.type === 'shared_review') cycles.push(s.date);
      const first = firstHeld.get(s.familyReference);
      if (!first || s.date < first) firstHeld.set(s.familyReference, s.date);
    }
  }
  let minutes = 0;
  let supervisionMet: IsoDate | null = null;
  const individual = attendees
    .filter((a) => a.practitionerCode === practitioner.code)
    .map((a) => sessions.get(a.sessionId))
    .filter((s): s is SupervisionSessionRecord => s?.format === 'individual')
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const s of individual) {
    minutes += s.durationMinutes;
    if (minutes >= SUPERVISION_MINUTES_FOR_ACCREDITATION) {
      supervisionMet = s.date;
      break;
    }
  }
  return { cycles: cycles.sort(), families: [...firstHeld.values()].sort(), supervisionMet };
}

/**
 * Milestones earned by the logged work: the initial course for everyone, a
 * mid-point review (by a different supervisor) after nine cycles, and the
 * accreditation review once all three requirements are met, when these fall
 * before the delivery end. Some accreditations are deferred, then passed
 * six weeks later if time allows.
 */
export function generateMilestones(
  plan: LaPlan,
  families: FamilyWork[],
  supervision: { sessions: SupervisionSessionRecord[]; attendees: SupervisionAttendeeRecord[] },
  courseAssessor: string,
): MilestoneRecord[] {
  const rng = streamFor(plan.seed, plan.la.code, 'milestones');
  const byId = new Map(supervision.sessions.map((s) => [s.id, s]));
  const milestones: MilestoneRecord[] = [];
  for (const p of plan.practitioners) {
    milestones.push({
      practitionerCode: p.code,
      type: 'initial_course_completed',
      date: courseDay2(p.startDate),
      assessorCode: courseAssessor,
      outcome: 'passed',
    });
    const last = minDate(p.endDate, PROGRAMME_DATES.deliveryEnd);
    const assessor = plan.assessorFor(p.supervisorCode);
    const progress = practitionerProgress(p, families, byId, supervision.attendees);
    const midpointDue = nth(progress.cycles, CYCLES_FOR_MIDPOINT);
    if (midpointDue) {
      const date = workingDayFrom(addDays(midpointDue, rng.int(7, 21)));
      if (date <= last)
        milestones.push({
          practitionerCode: p.code,
          type: 'midpoint_review',
          date,
          assessorCode: assessor,
          outcome: 'passed',
        });
    }
    const cyclesMet = nth(progress.cycles, CYCLES_FOR_ACCREDITATION);
    const familiesMet = nth(progress.families, FAMILIES_FOR_ACCREDITATION);
    if (!cyclesMet || !familiesMet || !progress.supervisionMet) continue;
    const ready = [cyclesMet, familiesMet, progress.supervisionMet].sort()[2] ?? cyclesMet;
    const date = workingDayFrom(addDays(ready, rng.int(14, 35)));
    if (date > last) continue;
    if (rng.chance(ACCREDITATION_DEFERRAL)) {
      milestones.push({
        practitionerCode: p.code,
        type: 'accreditation',
        date,
        assessorCode: assessor,
        outcome: 'deferred',
      });
      const retry = workingDayFrom(addDays(date, 42));
      if (retry <= last)
        milestones.push({
          practitionerCode: p.code,
          type: 'accreditation',
          date: retry,
          assessorCode: assessor,
          outcome: 'passed',
        });
    } else {
      milestones.push({
        practitionerCode: p.code,
        type: 'accreditation',
        date,
        assessorCode: assessor,
        outcome: 'passed',
      });
    }
  }
  return milestones;
}
