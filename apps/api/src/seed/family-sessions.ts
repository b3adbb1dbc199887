import type {
  FamilySessionRecord,
  FamilyStatus,
  IsoDate,
  SessionOutcome,
  SessionType,
  WithdrawnReason,
} from '@attune/domain';
import { addDays, workingDayFrom } from './dates';
import { Rng } from './prng';

/** How a practitioner works: steady is weekly, slow is every ten days to two and a half weeks with more cancellations. */
export type Pace = 'steady' | 'slow';

/** What happens to an allocated intervention family, decided at referral time by the generator. */
export type FamilyFate =
  | { kind: 'complete' }
  | { kind: 'withdraw'; afterCycles: number; reason: WithdrawnReason }
  | { kind: 'not_proceed' };

export interface SessionPlan {
  familyReference: string;
  practitionerCode: string;
  randomisationDate: IsoDate;
  firstDate: IsoDate;
  /** No session after this: the delivery end, or the practitioner's last day. */
  lastDate: IsoDate;
  /** True when lastDate is the practitioner leaving, so an unfinished family is withdrawn. */
  practitionerLeaves: boolean;
  pace: Pace;
  fate: FamilyFate;
}

export interface SessionOutcomeForFamily {
  sessions: FamilySessionRecord[];
  status: FamilyStatus;
  statusDate: IsoDate;
  /** Only for `withdrawn` here; not-proceeded reasons are the generator's. */
  withdrawnReason: WithdrawnReason | null;
}

/** First attempts that are not held, by pace; a missed session is retried once, a week on. */
export const NOT_HELD_PROBABILITY: Record<Pace, number> = { steady: 0.1, slow: 0.25 };
/** Share of each non-held outcome, and the ledger lines each yields (minutes fields above zero). */
export const NOT_HELD_OUTCOMES: ReadonlyArray<readonly [SessionOutcome, number, number]> = [
  ['cancelled_by_family', 0.5, 1],
  ['did_not_attend', 0.3, 2],
  ['cancelled_by_practitioner', 0.2, 0],
];
/** Chance of an extra `other` session (a joint review with the family's social worker). */
export const OTHER_SESSION_PROBABILITY = 0.05;
/** Chance that a family that did not proceed had one visit attempted first. */
export const NOT_PROCEEDED_ATTEMPT_PROBABILITY = 0.6;

interface Step {
  type: SessionType;
  cycle: number | null;
}

function fullCourse(rng: Rng): Step[] {
  const steps: Step[] = [{ type: 'initial_meeting', cycle: null }];
  for (let cycle = 1; cycle <= 3; cycle++) {
    steps.push({ type: 'filming', cycle }, { type: 'shared_review', cycle });
    if (cycle === 2 && rng.chance(OTHER_SESSION_PROBABILITY))
      steps.push({ type: 'other', cycle: null });
  }
  steps.push({ type: 'final_evaluation', cycle: null });
  return steps;
}

/** Minutes actually spent on a held session: contact, travel (a home visit both ways) and prep. */
function heldMinutes(type: SessionType, oneWayTravel: number, rng: Rng): [number, number, number] {
  const travel = Math.max(10, oneWayTravel * 2 + rng.int(-4, 4));
  switch (type) {
    case 'initial_meeting':
      return [rng.int(12, 18) * 5, travel, rng.int(3, 6) * 5];
    case 'filming':
      return [rng.int(6, 10) * 5, travel, rng.int(2, 4) * 5];
    case 'shared_review':
      // Prep is the editing and micro-analysis of the film before the review.
      return [rng.int(9, 15) * 5, travel, rng.int(18, 36) * 5];
    case 'final_evaluation':
      return [rng.int(12, 18) * 5, travel, rng.int(6, 12) * 5];
    default:
      return [rng.int(9, 12) * 5, travel, rng.int(3, 6) * 5];
  }
}

function notHeldMinutes(
  outcome: SessionOutcome,
  oneWayTravel: number,
  rng: Rng,
): [number, number, number] {
  if (outcome === 'did_not_attend') return [0, oneWayTravel * 2, rng.int(2, 4) * 5];
  if (outcome === 'cancelled_by_family') return [0, 0, rng.int(2, 4) * 5];
  return [0, 0, 0];
}

function pickNotHeld(rng: Rng): SessionOutcome {
  return rng.weighted(NOT_HELD_OUTCOMES.map(([outcome, share]) => [outcome, share] as const));
}

/**
 * The sessions of one intervention family with its allocated practitioner, in
 * date order, and the status they leave the family in. Filming always comes
 * before its cycle's shared review because steps are strictly sequential.
 */
export function generateFamilySessions(plan: SessionPlan, rng: Rng): SessionOutcomeForFamily {
  const sessions: FamilySessionRecord[] = [];
  const oneWayTravel = rng.int(8, 35);
  const interval = (): number => (plan.pace === 'steady' ? rng.int(6, 8) : rng.int(10, 17));
  const record = (date: IsoDate, step: Step, outcome: SessionOutcome): void => {
    const [contactMinutes, travelMinutes, prepMinutes] =
      outcome === 'held'
        ? heldMinutes(step.type, oneWayTravel, rng)
        : notHeldMinutes(outcome, oneWayTravel, rng);
    sessions.push({
      familyReference: plan.familyReference,
      practitionerCode: plan.practitionerCode,
      date,
      type: step.type,
      cycle: step.cycle,
      outcome,
      contactMinutes,
      travelMinutes,
      prepMinutes,
    });
  };

  const fate = plan.fate;
  let date = workingDayFrom(plan.firstDate);

  if (fate.kind === 'not_proceed') {
    if (date <= plan.lastDate && rng.chance(NOT_PROCEEDED_ATTEMPT_PROBABILITY)) {
      record(
        date,
        { type: 'initial_meeting', cycle: null },
        rng.chance(0.5) ? 'did_not_attend' : 'cancelled_by_family',
      );
      return {
        sessions,
        status: 'not_proceeded',
        statusDate: workingDayFrom(addDays(date, rng.int(1, 7))),
        withdrawnReason: null,
      };
    }
    return { sessions, status: 'not_proceeded', statusDate: date, withdrawnReason: null };
  }

  const steps = fullCourse(rng);
  const planned = fate.kind === 'withdraw' ? steps.slice(0, 1 + 2 * fate.afterCycles) : steps;
  let firstHeld: IsoDate | null = null;
  const truncated = (): SessionOutcomeForFamily => {
    if (plan.practitionerLeaves) {
      return { sessions, status: 'withdrawn', statusDate: plan.lastDate, withdrawnReason: 'other' };
    }
    return firstHeld
      ? { sessions, status: 'active', statusDate: firstHeld, withdrawnReason: null }
      : {
          sessions,
          status: 'allocated',
          statusDate: plan.randomisationDate,
          withdrawnReason: null,
        };
  };

  for (const step of planned) {
    if (date > plan.lastDate) return truncated();
    if (rng.chance(NOT_HELD_PROBABILITY[plan.pace])) {
      record(date, step, pickNotHeld(rng));
      date = workingDayFrom(addDays(date, 7));
      if (date > plan.lastDate) return truncated();
    }
    record(date, step, 'held');
    firstHeld ??= date;
    if (step.type === 'final_evaluation') {
      return { sessions, status: 'completed', statusDate: date, withdrawnReason: null };
    }
    date = workingDayFrom(addDays(date, interval()));
  }

  // Withdrawn: the next filming visit finds nobody in, and the family withdraws.
  if (fate.kind === 'withdraw') {
    if (date > plan.lastDate) return truncated();
    record(date, { type: 'filming', cycle: fate.afterCycles + 1 }, 'did_not_attend');
    return { sessions, status: 'withdrawn', statusDate: date, withdrawnReason: fate.reason };
  }
  return truncated();
}
