// Builders for the accreditation progress specs: practitioners, their sessions,
// milestones and supervision, as of one reporting date.
import type {
  FamilySessionRecord,
  MilestoneRecord,
  PractitionerRecord,
} from '../src/model/records.js';
import { addDays } from '../src/delivery/dates.js';
import {
  accreditationProgress,
  type AccreditationInput,
  type AccreditationRow,
} from '../src/accreditation/progress.js';

export const AS_OF = '2022-03-31';

export function practitioner(
  code: string,
  extra: Partial<PractitionerRecord> = {},
): PractitionerRecord {
  return {
    staffCode: code,
    substantiveRole: 'social_worker',
    fte: '1.0',
    vigHoursPerWeek: '7.5',
    startDate: '2021-07-01',
    supervisorCode: 'S1',
    status: 'active',
    statusDate: null,
    statusReason: null,
    ...extra,
  };
}

export function review(
  family: string,
  cycle: number,
  date: string,
  extra: Partial<FamilySessionRecord> = {},
): FamilySessionRecord {
  return {
    familyReference: family,
    practitionerCode: 'P1',
    date,
    type: 'shared_review',
    cycle,
    outcome: 'held',
    contactMinutes: 60,
    travelMinutes: 20,
    prepMinutes: 90,
    ...extra,
  };
}

/** `count` cycles over families F1, F2, ... (three each), one every 7 days ending on `last`. */
export function cycles(
  count: number,
  last: string,
  practitionerCode = 'P1',
): FamilySessionRecord[] {
  return Array.from({ length: count }, (_, i) =>
    review(`F${Math.floor(i / 3) + 1}`, (i % 3) + 1, addDays(last, -7 * (count - 1 - i)), {
      practitionerCode,
    }),
  );
}

export function milestone(
  type: MilestoneRecord['type'],
  date: string,
  outcome: MilestoneRecord['outcome'] = 'passed',
  assessorCode: string | null = 'S2',
): MilestoneRecord {
  return { practitionerCode: 'P1', type, date, assessorCode, outcome };
}

/** Individual supervision sessions of `minutes`, weekly, for P1. */
export function supervision(
  count: number,
  minutes: number,
  format: 'individual' | 'group' = 'individual',
) {
  const sessions = Array.from({ length: count }, (_, i) => ({
    id: `SV${format}${i}`,
    date: addDays('2021-09-01', 7 * i),
    supervisorCode: 'S1',
    format,
    mode: 'remote' as const,
    durationMinutes: minutes,
    prepMinutes: 10,
  }));
  const attendees = sessions.map((s) => ({
    sessionId: s.id,
    practitionerCode: 'P1',
    familyReference: null,
    cycle: null,
  }));
  return { sessions, attendees };
}

export function input(parts: Partial<AccreditationInput> = {}): AccreditationInput {
  return {
    programme: { deliveryEnd: '2022-06-30', ruleSet: 'aviguk_three_stage' },
    staff: [
      { code: 'P1', laCode: 'LA1' },
      { code: 'P2', laCode: 'LA2' },
    ],
    practitioners: [practitioner('P1')],
    familySessions: [],
    supervisionSessions: [],
    supervisionAttendees: [],
    milestones: [milestone('initial_course_completed', '2021-07-10')],
    asOf: AS_OF,
    ...parts,
  };
}

export const rowOf = (parts: Partial<AccreditationInput>, code = 'P1'): AccreditationRow =>
  accreditationProgress(input(parts)).find((r) => r.code === code)!;

/** Everything stage 1 of the three-stage route needs but its meeting. */
export const stageOneWork = () => {
  const sv = supervision(7, 60);
  return {
    familySessions: cycles(6, '2022-03-01'),
    supervisionSessions: sv.sessions,
    supervisionAttendees: sv.attendees,
  };
};
