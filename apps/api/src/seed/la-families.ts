import type {
  FamilyRecord,
  IsoDate,
  NotProceededReason,
  Outcome6m,
  Plan,
  WithdrawnReason,
} from '@attune/domain';
import { outcomeDueDate } from '@attune/domain';
import { addDays, daysBetween, maxDate, minDate, monthsBefore, workingDayFrom } from './dates';
import { FamilyFate, generateFamilySessions } from './family-sessions';
import type { FamilyWork, LaPlan, PractitionerPlan } from './plan';
import { streamFor, type Rng } from './prng';
import { PROGRAMME_DATES } from './reference-data';

/** Referral mix (seed 003): CP cases are less likely to proceed, above all under court proceedings. */
export const CP_SHARE = 0.45;
export const COURT_SHARE_OF_CP = 0.2;
export const NOT_PROCEEDED_IF_COURT = 0.75;
export const NOT_PROCEEDED_IF_CP = 0.3;
export const NOT_PROCEEDED_IF_CIN = 0.08;
export const WITHDRAW_IF_STARTED = 0.08;

/** Chance that an allocated intervention family does not proceed, from the shares above. */
export const NOT_PROCEEDED_SHARE =
  CP_SHARE *
    (COURT_SHARE_OF_CP * NOT_PROCEEDED_IF_COURT + (1 - COURT_SHARE_OF_CP) * NOT_PROCEEDED_IF_CP) +
  (1 - CP_SHARE) * NOT_PROCEEDED_IF_CIN;

interface Draft {
  arm: 'intervention' | 'control' | 'not_randomised';
  referralDate: IsoDate;
  randomisationDate: IsoDate | null;
  practitioner: PractitionerPlan | null;
  /** Keeps the sort stable and deterministic when two referrals share a date. */
  order: number;
}

function interventionFate(
  plan: Plan,
  court: boolean,
  rng: Rng,
): { fate: FamilyFate; reason: NotProceededReason | null } {
  if (court && rng.chance(NOT_PROCEEDED_IF_COURT)) {
    return {
      fate: { kind: 'not_proceed' },
      reason: rng.pick(['court_proceedings', 'child_removed_or_placed'] as const),
    };
  }
  if (!court && plan === 'CP' && rng.chance(NOT_PROCEEDED_IF_CP)) {
    const reason = rng.weighted<NotProceededReason>([
      ['not_ready_or_declined', 6],
      ['child_removed_or_placed', 2],
      ['moved_away', 1],
      ['other', 1],
    ]);
    return { fate: { kind: 'not_proceed' }, reason };
  }
  if (plan === 'CiN' && rng.chance(NOT_PROCEEDED_IF_CIN)) {
    const reason = rng.weighted<NotProceededReason>([
      ['not_ready_or_declined', 7],
      ['moved_away', 3],
    ]);
    return { fate: { kind: 'not_proceed' }, reason };
  }
  if (rng.chance(WITHDRAW_IF_STARTED)) {
    const reason = rng.weighted<WithdrawnReason>(
      plan === 'CP'
        ? [
            ['family_withdrew', 5],
            ['child_removed_or_placed', 3],
            ['moved_away', 2],
          ]
        : [
            ['family_withdrew', 6],
            ['moved_away', 4],
          ],
    );
    return { fate: { kind: 'withdraw', afterCycles: rng.int(1, 2), reason }, reason: null };
  }
  return { fate: { kind: 'complete' }, reason: null };
}

/** The LA's view six months after randomisation, when that falls inside the programme. */
function outcome6m(record: FamilyRecord, rng: Rng): Outcome6m | null {
  if (!record.randomisationDate) return null;
  if (outcomeDueDate(record.randomisationDate) > PROGRAMME_DATES.deliveryEnd) return null;
  if (record.statusReason === 'child_removed_or_placed') return 'looked_after';
  return record.planAtReferral === 'CP'
    ? rng.weighted<Outcome6m>([
        ['CP', 45],
        ['CiN', 25],
        ['none', 12],
        ['looked_after', 13],
        ['other', 5],
      ])
    : rng.weighted<Outcome6m>([
        ['CiN', 45],
        ['none', 35],
        ['CP', 12],
        ['looked_after', 3],
        ['other', 5],
      ]);
}

function drafts(plan: LaPlan, rng: Rng): Draft[] {
  const out: Draft[] = [];
  for (const practitioner of plan.practitioners) {
    const span = daysBetween(practitioner.allocationFrom, practitioner.allocationTo);
    for (let k = 0; k < practitioner.quota; k++) {
      const offset = Math.floor(((k + rng.next() * 0.8) * span) / practitioner.quota);
      const randomisationDate = workingDayFrom(addDays(practitioner.allocationFrom, offset));
      out.push({
        arm: 'intervention',
        referralDate: '',
        randomisationDate,
        practitioner,
        order: out.length,
      });
      // 1:1 within the LA: each intervention family has a control family randomised about the same time.
      const controlDate = workingDayFrom(
        maxDate(PROGRAMME_DATES.firstRandomisation, addDays(randomisationDate, rng.int(-6, 6))),
      );
      out.push({
        arm: 'control',
        referralDate: '',
        randomisationDate: controlDate,
        practitioner: null,
        order: out.length,
      });
    }
  }
  for (const draft of out) {
    const referral = addDays(
      draft.randomisationDate ?? PROGRAMME_DATES.intakeStart,
      -rng.int(4, 14),
    );
    draft.referralDate = maxDate(PROGRAMME_DATES.intakeStart, referral);
  }
  const intakeDays = daysBetween(PROGRAMME_DATES.intakeStart, PROGRAMME_DATES.intakeEnd);
  for (let k = 0; k < plan.notRandomisedReferrals; k++) {
    const referralDate = workingDayFrom(
      addDays(PROGRAMME_DATES.intakeStart, rng.int(0, intakeDays - 14)),
    );
    out.push({
      arm: 'not_randomised',
      referralDate,
      randomisationDate: null,
      practitioner: null,
      order: out.length,
    });
  }
  return out.sort((a, b) =>
    a.referralDate === b.referralDate
      ? a.order - b.order
      : a.referralDate < b.referralDate
        ? -1
        : 1,
  );
}

/**
 * Every family referred in the LA, with its sessions: intervention families
 * allocated to practitioners (the plan's quotas), as many control families
 * (who never get sessions) and a few referrals that stopped before
 * randomisation. Families carry only a pseudonymous reference.
 */
export function generateFamilies(plan: LaPlan): FamilyWork[] {
  const rng = streamFor(plan.seed, plan.la.code, 'families');
  const result: FamilyWork[] = [];
  drafts(plan, rng).forEach((draft, index) => {
    const reference = `F-${plan.la.code}-${String(index + 1).padStart(plan.referenceDigits, '0')}`;
    const planAtReferral: Plan =
      draft.arm === 'not_randomised' || rng.chance(CP_SHARE) ? 'CP' : 'CiN';
    const courtProceedings =
      planAtReferral === 'CP' &&
      (draft.arm === 'not_randomised' ? rng.chance(0.5) : rng.chance(COURT_SHARE_OF_CP));
    // Most referrals come in the first months of life; every one is under 12 months.
    const ageMonths = rng.weighted([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 2],
      [4, 2],
      [5, 2],
      [6, 1],
      [7, 1],
      [8, 1],
      [9, 1],
      [10, 1],
    ] as const);
    const record: FamilyRecord = {
      reference,
      laCode: plan.la.code,
      referralDate: draft.referralDate,
      childBirthMonth: monthsBefore(draft.referralDate, ageMonths),
      planAtReferral,
      courtProceedings,
      trialArm: draft.arm,
      randomisationDate: draft.randomisationDate,
      practitionerCode: draft.practitioner?.code ?? null,
      status: 'randomised',
      statusDate: draft.randomisationDate,
      statusReason: null,
      outcome6m: null,
    };
    let sessions: FamilyWork['sessions'] = [];
    if (draft.arm === 'not_randomised') {
      record.status = 'not_proceeded';
      record.statusDate = workingDayFrom(addDays(draft.referralDate, rng.int(5, 20)));
      record.statusReason = rng.weighted<NotProceededReason>(
        courtProceedings
          ? [
              ['court_proceedings', 3],
              ['child_removed_or_placed', 2],
            ]
          : [
              ['not_ready_or_declined', 2],
              ['moved_away', 2],
              ['child_removed_or_placed', 1],
            ],
      );
    } else if (draft.arm === 'intervention' && draft.practitioner && draft.randomisationDate) {
      const practitioner = draft.practitioner;
      const { fate, reason } = interventionFate(planAtReferral, courtProceedings, rng);
      const lag = practitioner.pace === 'steady' ? rng.int(5, 12) : rng.int(10, 25);
      const outcome = generateFamilySessions(
        {
          familyReference: reference,
          practitionerCode: practitioner.code,
          randomisationDate: draft.randomisationDate,
          firstDate: addDays(draft.randomisationDate, lag),
          lastDate: minDate(practitioner.endDate, PROGRAMME_DATES.deliveryEnd),
          practitionerLeaves: practitioner.withdrawal !== null,
          pace: practitioner.pace,
          fate,
        },
        rng,
      );
      sessions = outcome.sessions;
      record.status = outcome.status;
      record.statusDate = outcome.statusDate;
      record.statusReason = outcome.status === 'not_proceeded' ? reason : outcome.withdrawnReason;
    }
    record.outcome6m = outcome6m(record, rng);
    result.push({ record, sessions });
  });
  return result;
}
