import type { ProgrammeData, StaffRecord } from '@attune/domain';
import { generateFamilies } from './la-families';
import { generateMilestones } from './la-milestones';
import { generateSupervision } from './la-supervision';
import { generateTimeEntries } from './la-time';
import { LaPlan, PractitionerPlan, practitionerRecord, practitionerStaff } from './plan';
import { streamFor } from './prng';
import {
  PROGRAMME_DATES,
  priceIndex,
  programmeRecord,
  staffName,
  unitCosts,
} from './reference-data';
import { laResources, programmeResources } from './resources';
import { Cohort, generateTraining } from './training';

/** The demo's seed: changing it changes every record, so tests pin behaviour, not figures. */
export const DEMO_SEED = 20210614;

const LAS = [
  { code: 'LA1', name: 'Northshire', practitioners: 6, supervisor: 'S-01', cohort: 'A' },
  { code: 'LA2', name: 'Eastmoor', practitioners: 5, supervisor: 'S-02', cohort: 'A' },
  { code: 'LA3', name: 'Westvale', practitioners: 5, supervisor: 'S-03', cohort: 'B' },
  { code: 'LA4', name: 'Southbridge', practitioners: 5, supervisor: 'S-04', cohort: 'B' },
] as const;
const SUPERVISORS: string[] = LAS.map((la) => la.supervisor);
const TRAINERS = ['T-01', 'T-02'];
const COHORT_DAY1 = { A: PROGRAMME_DATES.initialCourseDay1, B: '2021-06-21' } as const;

/** Practitioners who are visibly behind (few families, slow pace), and the one who left. */
export const DEMO_BEHIND: Readonly<Record<string, number>> = {
  'P-LA2-04': 4,
  'P-LA3-05': 3,
  'P-LA4-02': 5,
};
export const DEMO_WITHDRAWN = 'P-LA1-06';

function demoPlans(): LaPlan[] {
  const rng = streamFor(DEMO_SEED, 'people');
  let person = 0;
  return LAS.map((la) => {
    const practitioners: PractitionerPlan[] = [];
    for (let n = 1; n <= la.practitioners; n++) {
      const code = `P-${la.code}-${String(n).padStart(2, '0')}`;
      const behind = DEMO_BEHIND[code];
      const withdrawn = code === DEMO_WITHDRAWN;
      const role =
        code === 'P-LA3-01'
          ? 'educational_psychologist'
          : rng.chance(0.6)
            ? 'social_worker'
            : 'family_support_worker';
      practitioners.push({
        code,
        laCode: la.code,
        displayName: staffName(person++),
        substantiveRole: role,
        fte: behind ? '0.6' : rng.pick(['1.0', '1.0', '0.8']),
        vigHoursPerWeek: behind ? '4.5' : rng.pick(['7.5', '7.5', '6.0']),
        supervisorCode: la.supervisor,
        startDate: COHORT_DAY1[la.cohort],
        quota: behind ?? (withdrawn ? 3 : rng.int(7, 9)),
        pace: behind ? 'slow' : 'steady',
        allocationFrom: behind ? '2021-09-01' : PROGRAMME_DATES.firstRandomisation,
        allocationTo: withdrawn ? '2021-10-08' : behind ? PROGRAMME_DATES.intakeEnd : '2022-03-11',
        endDate: withdrawn ? '2021-12-10' : PROGRAMME_DATES.deliveryEnd,
        withdrawal: withdrawn ? { date: '2021-12-10', reason: 'left_post' } : null,
      });
    }
    return {
      seed: DEMO_SEED,
      la: { code: la.code, name: la.name },
      practitioners,
      managerCode: `M-${la.code}`,
      adminCode: `A-${la.code}`,
      supervisors: [la.supervisor],
      // Reviews are by a different supervisor: the next LA's.
      assessorFor: (own) => SUPERVISORS[(SUPERVISORS.indexOf(own) + 1) % SUPERVISORS.length] ?? own,
      referenceDigits: 4,
      supervisionIdPrefix: `SUP-${la.code}-`,
      notRandomisedReferrals: 2,
      fillerTimeEntries: 0,
    };
  });
}

function demoStaff(plans: LaPlan[]): StaffRecord[] {
  let person = 40;
  const staff: StaffRecord[] = plans.flatMap((plan) => plan.practitioners.map(practitionerStaff));
  for (const plan of plans) {
    staff.push({
      code: plan.managerCode,
      displayName: staffName(person++),
      costRole: 'team_manager',
      laCode: plan.la.code,
    });
    staff.push({
      code: plan.adminCode,
      displayName: staffName(person++),
      costRole: 'admin_staff',
      laCode: plan.la.code,
    });
  }
  for (const code of SUPERVISORS)
    staff.push({
      code,
      displayName: staffName(person++),
      costRole: 'vig_supervisor',
      laCode: null,
    });
  for (const code of TRAINERS)
    staff.push({ code, displayName: staffName(person++), costRole: 'vig_trainer', laCode: null });
  return staff;
}

/**
 * The default demo: the seeds' WWCSC / Babies1st VIG programme with 21
 * practitioners in four fictional LAs, families randomised 1:1 within each
 * LA, and everything the dashboards and the cost evaluation need, including
 * three practitioners who are behind and one who withdrew. Deterministic.
 */
export function buildDemoProgramme(): ProgrammeData {
  const plans = demoPlans();
  const data: ProgrammeData = {
    programme: programmeRecord(
      'Empowering Parents and Professionals Using Video Interaction Guidance (demo)',
    ),
    localAuthorities: plans.map((p) => p.la),
    staff: demoStaff(plans),
    practitioners: plans.flatMap((p) => p.practitioners.map(practitionerRecord)),
    families: [],
    familySessions: [],
    supervisionSessions: [],
    supervisionAttendees: [],
    trainingEvents: [],
    trainingAttendees: [],
    milestones: [],
    timeEntries: [],
    unitCosts: unitCosts(),
    priceIndex: priceIndex(),
    resources: [],
  };
  for (const plan of plans) {
    const families = generateFamilies(plan);
    const supervision = generateSupervision(plan, families);
    data.families.push(...families.map((f) => f.record));
    data.familySessions.push(...families.flatMap((f) => f.sessions));
    data.supervisionSessions.push(...supervision.sessions);
    data.supervisionAttendees.push(...supervision.attendees);
    data.milestones.push(...generateMilestones(plan, families, supervision, TRAINERS[0] ?? 'T-01'));
    data.timeEntries.push(...generateTimeEntries(plan, families, supervision));
    data.resources.push(
      ...laResources(
        plan.la.code,
        plan.practitioners.length,
        streamFor(DEMO_SEED, plan.la.code, 'resources'),
      ),
    );
  }
  for (const [index, cohortName] of (['A', 'B'] as const).entries()) {
    const inCohort = plans.filter(
      (plan) => LAS.find((la) => la.code === plan.la.code)?.cohort === cohortName,
    );
    const cohort: Cohort = {
      id: `TRN-${cohortName}`,
      practitioners: inCohort.flatMap((plan) => plan.practitioners),
      managers: inCohort.map((plan) => plan.managerCode),
      trainers: TRAINERS,
      supervisor: SUPERVISORS[index * 2] ?? 'S-01',
      day1: COHORT_DAY1[cohortName],
    };
    const training = generateTraining(cohort, streamFor(DEMO_SEED, 'training', cohort.id));
    data.trainingEvents.push(...training.events);
    data.trainingAttendees.push(...training.attendees);
  }
  data.resources.push(...programmeResources(data.practitioners.length, 2));
  return data;
}
