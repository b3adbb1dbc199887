import type { RuleSetCode } from '../model/enums.js';

/** The milestone that closes a stage (a subset of MILESTONE_TYPES). */
export const CLOSING_MILESTONES = ['stage_transition', 'midpoint_review', 'accreditation'] as const;
export type ClosingMilestone = (typeof CLOSING_MILESTONES)[number];

/**
 * One stage of an accreditation route. Every count is what THIS stage adds:
 * progress compares cumulative achievements with cumulative requirements, so
 * whatever a practitioner does beyond one stage's needs carries into the next.
 */
export interface RuleSetStage {
  name: string;
  /** Completed cycles (held shared reviews) this stage adds. */
  requiredCycles: number;
  /** Families not counted in earlier stages. */
  minNewFamilies: number;
  requiredSupervisionMinutes: number;
  /** 0 when only the hours matter. */
  requiredSupervisionSessions: number;
  /** Only `individual` supervision counts toward this stage. */
  individualSupervisionOnly: boolean;
  /** The meeting that closes the stage, which must be `passed`. */
  closingMilestone: ClosingMilestone;
  /** The closing meeting's assessor must not be the practitioner's own supervisor. */
  assessorNotOwnSupervisor: boolean;
}

export interface RuleSet {
  /** `aviguk_three_stage`, `aviguk_18_cycle` or an admin's copy (`lower_snake_case`). */
  code: string;
  name: string;
  /**
   * Days of the initial course that must be completed before stage 1 closes;
   * null when the route does not require it.
   */
  initialCourseDays: number | null;
  /**
   * How a group supervision session counts for each attendee: `full` (its
   * whole duration, DESIGN's default) or `shared` (duration / attendees,
   * rounded down to the minute). It always counts as one session.
   */
  groupSupervisionCredit: 'full' | 'shared';
  stages: RuleSetStage[];
}

const HOUR = 60;

/** AVIGuk three-stage route, exactly as DESIGN.md lists it. */
export const AVIGUK_THREE_STAGE: RuleSet = {
  code: 'aviguk_three_stage',
  name: 'AVIGuk three-stage',
  initialCourseDays: 2,
  groupSupervisionCredit: 'full',
  stages: [
    {
      name: 'Stage 1',
      requiredCycles: 6,
      minNewFamilies: 2,
      requiredSupervisionMinutes: 7 * HOUR,
      requiredSupervisionSessions: 7,
      individualSupervisionOnly: false,
      closingMilestone: 'stage_transition',
      assessorNotOwnSupervisor: false,
    },
    {
      name: 'Stage 2',
      requiredCycles: 9,
      minNewFamilies: 3,
      requiredSupervisionMinutes: 8 * HOUR,
      requiredSupervisionSessions: 0,
      individualSupervisionOnly: false,
      // DESIGN names no meeting for stage 2; a transition meeting moves the trainee on.
      closingMilestone: 'stage_transition',
      assessorNotOwnSupervisor: false,
    },
    {
      name: 'Stage 3',
      requiredCycles: 12,
      minNewFamilies: 3,
      requiredSupervisionMinutes: 8 * HOUR,
      requiredSupervisionSessions: 0,
      individualSupervisionOnly: false,
      closingMilestone: 'accreditation',
      assessorNotOwnSupervisor: false,
    },
  ],
};

/**
 * AVIGuk 18-cycle route: 6 families, 18 cycles, 15 h individual supervision
 * in total. The mid-point review (by a supervisor other than the trainee's
 * own) splits it into two equal halves: 9 cycles, 3 families and 7.5 h each.
 */
export const AVIGUK_18_CYCLE: RuleSet = {
  code: 'aviguk_18_cycle',
  name: 'AVIGuk 18-cycle',
  initialCourseDays: null,
  groupSupervisionCredit: 'full',
  stages: [
    {
      name: 'To the mid-point review',
      requiredCycles: 9,
      minNewFamilies: 3,
      requiredSupervisionMinutes: 450,
      requiredSupervisionSessions: 0,
      individualSupervisionOnly: true,
      closingMilestone: 'midpoint_review',
      assessorNotOwnSupervisor: true,
    },
    {
      name: 'To accreditation',
      requiredCycles: 9,
      minNewFamilies: 3,
      requiredSupervisionMinutes: 450,
      requiredSupervisionSessions: 0,
      individualSupervisionOnly: true,
      closingMilestone: 'accreditation',
      assessorNotOwnSupervisor: false,
    },
  ],
};

export const RULE_SET_PRESETS: Readonly<Record<RuleSetCode, RuleSet>> = {
  aviguk_three_stage: AVIGUK_THREE_STAGE,
  aviguk_18_cycle: AVIGUK_18_CYCLE,
};

/** A deep copy of a preset, for an admin to edit without touching the preset. */
export function copyRuleSet(ruleSet: RuleSet): RuleSet {
  return { ...ruleSet, stages: ruleSet.stages.map((stage) => ({ ...stage })) };
}

/** Totals over every stage: what full accreditation needs. */
export function ruleSetTotals(ruleSet: RuleSet): {
  cycles: number;
  families: number;
  supervisionMinutes: number;
  supervisionSessions: number;
} {
  const sum = (pick: (s: RuleSetStage) => number) =>
    ruleSet.stages.reduce((total, stage) => total + pick(stage), 0);
  return {
    cycles: sum((s) => s.requiredCycles),
    families: sum((s) => s.minNewFamilies),
    supervisionMinutes: sum((s) => s.requiredSupervisionMinutes),
    supervisionSessions: sum((s) => s.requiredSupervisionSessions),
  };
}

const COUNT_FIELDS = [
  'requiredCycles',
  'minNewFamilies',
  'requiredSupervisionMinutes',
  'requiredSupervisionSessions',
] as const;

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * Everything wrong with a rule set (typically an admin's edited copy, which
 * may come straight from JSON), each problem saying where; empty when valid.
 */
export function ruleSetProblems(ruleSet: RuleSet): string[] {
  const problems: string[] = [];
  const raw = ruleSet as unknown as Record<string, unknown>;
  if (typeof raw.code !== 'string' || !/^[a-z][a-z0-9_]{0,63}$/.test(raw.code)) {
    problems.push(
      `code: must be lower_snake_case, starting with a letter, at most 64 characters (got ${JSON.stringify(raw.code)})`,
    );
  }
  if (typeof raw.name !== 'string' || raw.name.trim() === '') {
    problems.push('name: must not be empty');
  }
  if (
    raw.initialCourseDays !== null &&
    !(isCount(raw.initialCourseDays) && raw.initialCourseDays > 0)
  ) {
    problems.push(
      `initialCourseDays: must be a whole number of days above 0, or null when not required (got ${JSON.stringify(raw.initialCourseDays)})`,
    );
  }
  if (raw.groupSupervisionCredit !== 'full' && raw.groupSupervisionCredit !== 'shared') {
    problems.push(
      `groupSupervisionCredit: must be "full" or "shared" (got ${JSON.stringify(raw.groupSupervisionCredit)})`,
    );
  }
  if (!Array.isArray(raw.stages) || raw.stages.length === 0) {
    problems.push('stages: there must be at least one stage');
    return problems;
  }
  const stages = raw.stages as unknown[];
  stages.forEach((value, index) => {
    const where = `stage ${index + 1}`;
    if (typeof value !== 'object' || value === null) {
      problems.push(`${where}: must be an object`);
      return;
    }
    const stage = value as Record<string, unknown>;
    if (typeof stage.name !== 'string' || stage.name.trim() === '') {
      problems.push(`${where}: name must not be empty`);
    }
    for (const field of COUNT_FIELDS) {
      if (!isCount(stage[field])) {
        problems.push(
          `${where}: ${field} must be a whole number, 0 or more (got ${JSON.stringify(stage[field])})`,
        );
      }
    }
    for (const field of ['individualSupervisionOnly', 'assessorNotOwnSupervisor'] as const) {
      if (typeof stage[field] !== 'boolean')
        problems.push(`${where}: ${field} must be true or false`);
    }
    const closing = stage.closingMilestone;
    const isLast = index === stages.length - 1;
    if (!(CLOSING_MILESTONES as readonly unknown[]).includes(closing)) {
      problems.push(
        `${where}: closingMilestone must be one of ${CLOSING_MILESTONES.join(', ')} (got ${JSON.stringify(closing)})`,
      );
    } else if (isLast && closing !== 'accreditation') {
      problems.push(
        `${where}: the last stage must close with the accreditation meeting (got ${String(closing)})`,
      );
    } else if (!isLast && closing === 'accreditation') {
      problems.push(`${where}: only the last stage may close with the accreditation meeting`);
    }
  });
  const totalCycles = stages.reduce<number>((total, value) => {
    const cycles = (value as Partial<RuleSetStage> | null)?.requiredCycles;
    return total + (isCount(cycles) ? cycles : 0);
  }, 0);
  if (totalCycles === 0) problems.push('stages: at least one stage must require completed cycles');
  return problems;
}

/** The preset of that code; a programme's own rule set (not a preset) must be passed in instead. */
export function presetRuleSet(code: string): RuleSet {
  const preset = (RULE_SET_PRESETS as Readonly<Record<string, RuleSet | undefined>>)[code];
  if (!preset) throw new Error(`${code} is not a preset: give the programme's rule set in force`);
  return preset;
}
