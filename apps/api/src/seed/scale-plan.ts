import type { LocalAuthorityRecord, StaffRecord } from '@attune/domain';
import { addDays, workingDayFrom } from './dates';
import type { Pace } from './family-sessions';
import type { LaPlan, PractitionerPlan } from './plan';
import { mixSeed } from './prng';
import { PROGRAMME_DATES, placeName, staffName } from './reference-data';
import type { Cohort } from './training';

export interface ScaleOptions {
  localAuthorities?: number;
  practitioners?: number;
  /** Staff-time ledger lines to aim for; time entries fill the gap. Default 400 a practitioner. */
  targetLedgerLines?: number;
  seed?: number;
}

export interface ResolvedScaleOptions {
  localAuthorities: number;
  practitioners: number;
  targetLedgerLines: number;
  seed: number;
}

export const SCALE_DEFAULTS = {
  localAuthorities: 150,
  practitioners: 5000,
  linesPerPractitioner: 400,
  seed: 7,
};
/** One supervisor for up to this many practitioners of an LA; one trainer per hundred practitioners. */
const SUPERVISEES_PER_SUPERVISOR = 12;
const PRACTITIONERS_PER_TRAINER = 100;
export const COHORT_SIZE = 20;

export function resolveScaleOptions(options: ScaleOptions = {}): ResolvedScaleOptions {
  const localAuthorities = options.localAuthorities ?? SCALE_DEFAULTS.localAuthorities;
  const practitioners = options.practitioners ?? SCALE_DEFAULTS.practitioners;
  if (!Number.isInteger(localAuthorities) || localAuthorities < 1)
    throw new Error(`localAuthorities must be a positive integer (got ${localAuthorities})`);
  if (!Number.isInteger(practitioners) || practitioners < localAuthorities) {
    throw new Error(
      `practitioners must be an integer of at least one per LA (got ${practitioners} for ${localAuthorities} LAs)`,
    );
  }
  return {
    localAuthorities,
    practitioners,
    targetLedgerLines:
      options.targetLedgerLines ?? practitioners * SCALE_DEFAULTS.linesPerPractitioner,
    seed: options.seed ?? SCALE_DEFAULTS.seed,
  };
}

/** Small per-LA figures (one number per LA, never records) that fix codes across passes. */
export interface ScaleLayout {
  options: ResolvedScaleOptions;
  practitionersIn: number[];
  supervisorsIn: number[];
  /** Index of each LA's first supervisor in the programme's supervisor list. */
  firstSupervisor: number[];
  totalSupervisors: number;
  trainers: number;
}

export function scaleLayout(options: ResolvedScaleOptions): ScaleLayout {
  const practitionersIn: number[] = [];
  const supervisorsIn: number[] = [];
  const firstSupervisor: number[] = [];
  let total = 0;
  for (let i = 0; i < options.localAuthorities; i++) {
    const n =
      Math.floor(options.practitioners / options.localAuthorities) +
      (i < options.practitioners % options.localAuthorities ? 1 : 0);
    practitionersIn.push(n);
    supervisorsIn.push(Math.ceil(n / SUPERVISEES_PER_SUPERVISOR));
    firstSupervisor.push(total);
    total += Math.ceil(n / SUPERVISEES_PER_SUPERVISOR);
  }
  return {
    options,
    practitionersIn,
    supervisorsIn,
    firstSupervisor,
    totalSupervisors: total,
    trainers: Math.max(2, Math.ceil(options.practitioners / PRACTITIONERS_PER_TRAINER)),
  };
}

export function laCode(index: number): string {
  return `LA${String(index + 1).padStart(3, '0')}`;
}

export function supervisorCode(index: number): string {
  return `S-${String(index + 1).padStart(4, '0')}`;
}

export function trainerCode(index: number): string {
  return `T-${String(index + 1).padStart(3, '0')}`;
}

export function scaleLocalAuthority(index: number): LocalAuthorityRecord {
  return { code: laCode(index), name: placeName(index) };
}

/** Each LA trains in cohorts of up to 20, its courses spread over June and July 2021. */
function cohortDay1(laIndex: number, cohort: number): string {
  return workingDayFrom(
    addDays(PROGRAMME_DATES.initialCourseDay1, (laIndex * 3 + cohort * 7) % 35),
  );
}

/** The LA's plan with no filler yet: derived only from the layout and the seed. */
export function scaleLaPlan(layout: ScaleLayout, laIndex: number, fillerTimeEntries = 0): LaPlan {
  const code = laCode(laIndex);
  const n = layout.practitionersIn[laIndex] ?? 0;
  const supervisors = Array.from({ length: layout.supervisorsIn[laIndex] ?? 1 }, (_, k) =>
    supervisorCode((layout.firstSupervisor[laIndex] ?? 0) + k),
  );
  const digits = Math.max(2, String(n).length);
  const practitioners: PractitionerPlan[] = [];
  for (let j = 0; j < n; j++) {
    const h = mixSeed(layout.options.seed, code, j);
    const pace: Pace = h % 20 === 0 ? 'slow' : 'steady';
    const withdrawn = pace === 'steady' && h % 50 === 1;
    const roll = (h >>> 12) % 10;
    const withdrawalDate = '2022-01-28';
    practitioners.push({
      code: `P-${code}-${String(j + 1).padStart(digits, '0')}`,
      laCode: code,
      displayName: staffName(laIndex * 97 + j),
      substantiveRole:
        roll < 6
          ? 'social_worker'
          : roll < 9
            ? 'family_support_worker'
            : 'educational_psychologist',
      fte: pace === 'slow' ? '0.6' : (['1.0', '0.8', '1.0'][(h >>> 4) % 3] ?? '1.0'),
      vigHoursPerWeek: pace === 'slow' ? '4.5' : (['7.5', '6.0', '7.5'][(h >>> 6) % 3] ?? '7.5'),
      supervisorCode: supervisors[j % supervisors.length] ?? supervisorCode(0),
      startDate: cohortDay1(laIndex, Math.floor(j / COHORT_SIZE)),
      quota: withdrawn ? 3 : pace === 'slow' ? 3 + ((h >>> 8) % 3) : 6 + ((h >>> 8) % 4),
      pace,
      allocationFrom: PROGRAMME_DATES.firstRandomisation,
      allocationTo: withdrawn ? '2021-10-08' : '2022-03-04',
      endDate: withdrawn ? withdrawalDate : PROGRAMME_DATES.deliveryEnd,
      withdrawal: withdrawn ? { date: withdrawalDate, reason: 'workload' } : null,
    });
  }
  return {
    seed: layout.options.seed,
    la: scaleLocalAuthority(laIndex),
    practitioners,
    managerCode: `M-${code}`,
    adminCode: `A-${code}`,
    supervisors,
    assessorFor: (own) => {
      const local = supervisors.filter((s) => s !== own);
      if (local.length > 0) return local[0] ?? own;
      const next = ((layout.firstSupervisor[laIndex] ?? 0) + 1) % layout.totalSupervisors;
      return supervisorCode(next);
    },
    referenceDigits: 5,
    supervisionIdPrefix: `SUP-${code}-`,
    notRandomisedReferrals: 2,
    fillerTimeEntries,
  };
}

export function scaleCohorts(layout: ScaleLayout, plan: LaPlan, laIndex: number): Cohort[] {
  const cohorts: Cohort[] = [];
  for (let k = 0; k * COHORT_SIZE < plan.practitioners.length; k++) {
    cohorts.push({
      id: `TRN-${plan.la.code}-${k + 1}`,
      practitioners: plan.practitioners.slice(k * COHORT_SIZE, (k + 1) * COHORT_SIZE),
      managers: k === 0 ? [plan.managerCode] : [],
      trainers: [
        trainerCode((2 * laIndex) % layout.trainers),
        trainerCode((2 * laIndex + 1) % layout.trainers),
      ],
      supervisor: plan.supervisors[0] ?? supervisorCode(0),
      day1: cohortDay1(laIndex, k),
    });
  }
  return cohorts;
}

/** The LA's own staff rows: practitioners, then its team manager and administrator. */
export function scaleLaStaff(plan: LaPlan, laIndex: number): StaffRecord[] {
  return [
    ...plan.practitioners.map((p) => ({
      code: p.code,
      displayName: p.displayName,
      costRole: p.substantiveRole,
      laCode: p.laCode,
    })),
    {
      code: plan.managerCode,
      displayName: staffName(laIndex * 97 + 90),
      costRole: 'team_manager',
      laCode: plan.la.code,
    },
    {
      code: plan.adminCode,
      displayName: staffName(laIndex * 97 + 91),
      costRole: 'admin_staff',
      laCode: plan.la.code,
    },
  ];
}
