import {
  NOT_PROCEEDED_REASONS,
  WITHDRAWN_REASONS,
  type FamilyStatus,
  type TrialArm,
} from '../model/enums.js';

/**
 * The family status machine: referred → randomised → allocated → active →
 * completed. Before a family starts it may not proceed (`not_proceeded`);
 * once randomised it may withdraw. `referred → allocated` is for families
 * outside the trial (`not_randomised`) only. Completed, withdrawn and
 * not_proceeded are final.
 */
export const FAMILY_TRANSITIONS: Readonly<Record<FamilyStatus, readonly FamilyStatus[]>> = {
  referred: ['randomised', 'allocated', 'not_proceeded'],
  randomised: ['allocated', 'not_proceeded', 'withdrawn'],
  allocated: ['active', 'not_proceeded', 'withdrawn'],
  active: ['completed', 'withdrawn'],
  completed: [],
  withdrawn: [],
  not_proceeded: [],
};

/** The reasons a status takes; empty for statuses that take none. */
export function reasonsFor(status: FamilyStatus): readonly string[] {
  if (status === 'not_proceeded') return NOT_PROCEEDED_REASONS;
  if (status === 'withdrawn') return WITHDRAWN_REASONS;
  return [];
}

export interface StatusContext {
  /**
   * The family's arm AFTER the change (for randomisation, the arm just drawn);
   * when given, the trial's rules apply: control families are never allocated.
   */
  trialArm?: TrialArm;
}

function armProblem(
  from: FamilyStatus,
  to: FamilyStatus,
  arm: TrialArm | undefined,
): string | null {
  if (from === 'referred' && to === 'allocated' && arm !== 'not_randomised') {
    return 'a referred family goes to randomisation first; only a family outside the trial (not_randomised) is allocated directly';
  }
  if (arm === undefined) return null;
  if (to === 'randomised' && arm === 'not_randomised') {
    return 'a family outside the trial (not_randomised) cannot be randomised';
  }
  if (from === 'randomised' && to === 'allocated' && arm !== 'intervention') {
    return `only intervention families are allocated to a practitioner (this family's arm is ${arm})`;
  }
  return null;
}

/** The statuses a family may move to from `from`. */
export function allowedTransitions(
  from: FamilyStatus,
  context: StatusContext = {},
): FamilyStatus[] {
  return FAMILY_TRANSITIONS[from].filter((to) => armProblem(from, to, context.trialArm) === null);
}

export type StatusChangeCheck = { ok: true } | { ok: false; problem: string };

/**
 * Whether a family may move from one status to another with this reason: a
 * reason from the status's own list is required for `not_proceeded` and
 * `withdrawn`, and refused for every other status.
 */
export function checkStatusChange(
  from: FamilyStatus,
  to: FamilyStatus,
  reason: string | null | undefined,
  context: StatusContext = {},
): StatusChangeCheck {
  if (!FAMILY_TRANSITIONS[from].includes(to)) {
    const allowed = FAMILY_TRANSITIONS[from];
    return {
      ok: false,
      problem: `a family cannot go from ${from} to ${to}; from ${from} it can go to ${allowed.length ? allowed.join(', ') : 'nothing (final status)'}`,
    };
  }
  const arm = armProblem(from, to, context.trialArm);
  if (arm !== null) return { ok: false, problem: arm };
  const reasons = reasonsFor(to);
  const given = reason === undefined || reason === null || reason === '' ? null : reason;
  if (reasons.length === 0) {
    return given === null
      ? { ok: true }
      : { ok: false, problem: `status ${to} takes no reason (got ${given})` };
  }
  if (given === null)
    return { ok: false, problem: `status ${to} needs a reason: one of ${reasons.join(', ')}` };
  if (!reasons.includes(given)) {
    return {
      ok: false,
      problem: `"${given}" is not a reason for ${to}; use one of ${reasons.join(', ')}`,
    };
  }
  return { ok: true };
}
