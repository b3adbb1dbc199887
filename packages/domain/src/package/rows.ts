import { checkEligibility } from '../delivery/eligibility.js';
import { ruleSetProblems, type RuleSet } from '../accreditation/rule-sets.js';
import {
  CYCLE_SESSION_TYPES,
  RULE_SETS,
  type FamilyStatus,
  NOT_PROCEEDED_REASONS,
  PRACTITIONER_STATUS_REASONS,
  WITHDRAWN_REASONS,
} from '../model/enums.js';
import { DEFAULT_SENSITIVITY, sensitivityProblems } from '../costing/sensitivity.js';
import type {
  FamilyRecord,
  PractitionerRecord,
  ProgrammeRecord,
  RuleSetRecord,
} from '../model/records.js';
import { Field } from './fields.js';
import { PACKAGE_COLUMNS, PACKAGE_FIELDS } from './columns.js';
import { keyOfColumn, type PackageFile, type PackageRecords } from './files.js';

/** One thing wrong with one cell (or, for `column` of a whole row, with the row). */
export interface ColumnProblem {
  column: string;
  problem: string;
}

/** What a row's rules may need to know of the programme. */
export interface RowContext {
  /** From programme.csv: the highest cycle number a session or attendee may carry. */
  cyclesPerFamily: number;
}

export type RowResult<F extends PackageFile> =
  | { record: PackageRecords[F]; problems?: undefined }
  | { record?: undefined; problems: ColumnProblem[] };

type AnyField = Field<unknown>;
type Refine<F extends PackageFile> = (
  record: PackageRecords[F],
  context: RowContext,
) => ColumnProblem[];

function refineProgramme(p: ProgrammeRecord): ColumnProblem[] {
  const order: Array<[keyof ProgrammeRecord, string]> = [
    ['startDate', 'start_date'],
    ['intakeStart', 'intake_start'],
    ['intakeEnd', 'intake_end'],
    ['deliveryEnd', 'delivery_end'],
  ];
  const problems: ColumnProblem[] = [];
  for (let i = 1; i < order.length; i++) {
    const [prevKey, prevColumn] = order[i - 1]!;
    const [key, column] = order[i]!;
    if (String(p[key]) < String(p[prevKey])) {
      problems.push({
        column,
        problem: `${column} ${p[key]} is before ${prevColumn} ${p[prevKey]}`,
      });
    }
  }
  if (p.reportDue && p.reportDue < p.deliveryEnd) {
    problems.push({
      column: 'report_due',
      problem: `report_due ${p.reportDue} is before delivery_end ${p.deliveryEnd}`,
    });
  }
  const column = { sensitivityLow: 'sensitivity_low', sensitivityHigh: 'sensitivity_high' };
  for (const { field, problem } of sensitivityProblems(
    p.sensitivityLow ?? DEFAULT_SENSITIVITY.low,
    p.sensitivityHigh ?? DEFAULT_SENSITIVITY.high,
  ))
    problems.push({ column: column[field], problem });
  return problems;
}

function refinePractitioner(p: PractitionerRecord): ColumnProblem[] {
  const problems: ColumnProblem[] = [];
  if (p.status === 'active') {
    if (p.statusReason !== null)
      problems.push({
        column: 'status_reason',
        problem: 'must be empty for an active practitioner',
      });
  } else {
    if (p.statusDate === null)
      problems.push({
        column: 'status_date',
        problem: `is required when the status is ${p.status}`,
      });
    if (p.statusReason === null) {
      problems.push({
        column: 'status_reason',
        problem: `is required when the status is ${p.status}: one of ${PRACTITIONER_STATUS_REASONS.join(', ')}`,
      });
    }
  }
  if (p.statusDate !== null && p.statusDate < p.startDate) {
    problems.push({
      column: 'status_date',
      problem: `${p.statusDate} is before the start date ${p.startDate}`,
    });
  }
  return problems;
}

/** A family's status reason must fit its status (in families.csv and in its history). */
function statusReasonProblems(status: FamilyStatus, reason: string | null): ColumnProblem[] {
  const reasons: readonly string[] | null =
    status === 'not_proceeded'
      ? NOT_PROCEEDED_REASONS
      : status === 'withdrawn'
        ? WITHDRAWN_REASONS
        : null;
  if (reasons === null) {
    return reason === null
      ? []
      : [{ column: 'status_reason', problem: `must be empty when the status is ${status}` }];
  }
  if (reason !== null && reasons.includes(reason)) return [];
  return [
    {
      column: 'status_reason',
      problem: `${reason === null ? 'is required' : `"${reason}" is not a reason`} for status ${status}: one of ${reasons.join(', ')}`,
    },
  ];
}

/** An admin's rule set: a valid RuleSet whose code and name are the row's, and not a preset's code. */
function refineRuleSet(r: RuleSetRecord): ColumnProblem[] {
  if ((RULE_SETS as readonly string[]).includes(r.code))
    return [
      { column: 'code', problem: `${r.code} is a preset's code: presets are not listed here` },
    ];
  const definition = JSON.parse(r.definition) as RuleSet;
  const problems = ruleSetProblems(definition).map((problem) => ({
    column: 'definition',
    problem,
  }));
  if (definition.code !== r.code)
    problems.push({ column: 'definition', problem: `its code must be ${r.code}, the row's code` });
  if (definition.name !== r.name)
    problems.push({
      column: 'definition',
      problem: `its name must be ${JSON.stringify(r.name)}, the row's name`,
    });
  return problems;
}

/** Statuses reached only once a practitioner has been allocated. */
const ALLOCATED_STATUSES = new Set(['allocated', 'active', 'completed']);

function refineFamily(f: FamilyRecord): ColumnProblem[] {
  const problems: ColumnProblem[] = [];
  const eligibility = checkEligibility(f);
  if (!eligibility.eligible)
    problems.push({ column: 'child_birth_month', problem: `not eligible: ${eligibility.reason}` });
  if (f.trialArm === 'not_randomised') {
    if (f.randomisationDate !== null) {
      problems.push({
        column: 'randomisation_date',
        problem: 'must be empty when trial_arm is not_randomised',
      });
    }
  } else if (f.randomisationDate === null) {
    problems.push({
      column: 'randomisation_date',
      problem: `is required when trial_arm is ${f.trialArm}`,
    });
  } else if (f.randomisationDate < f.referralDate) {
    problems.push({
      column: 'randomisation_date',
      problem: `${f.randomisationDate} is before the referral date ${f.referralDate}`,
    });
  }
  if (f.trialArm === 'control' && f.practitionerCode !== null) {
    problems.push({
      column: 'practitioner_code',
      problem: 'a control family receives usual care: it cannot have a VIG practitioner',
    });
  }
  if (ALLOCATED_STATUSES.has(f.status) && f.practitionerCode === null) {
    problems.push({
      column: 'practitioner_code',
      problem: `is required when the status is ${f.status}`,
    });
  }
  problems.push(...statusReasonProblems(f.status, f.statusReason));
  if ((f.supportKind ?? null) !== null && f.supportNeeded !== true)
    problems.push({
      column: 'support_kind',
      problem: 'must be empty unless support_needed is true',
    });
  if ((f.followUp4mOn ?? null) === null && (f.followUp4mStatus ?? null) !== null)
    problems.push({
      column: 'follow_up_4m_on',
      problem: 'is required when follow_up_4m_status is given',
    });
  if ((f.followUp4mOn ?? null) !== null && (f.followUp4mStatus ?? null) === null)
    problems.push({
      column: 'follow_up_4m_status',
      problem: 'is required when follow_up_4m_on is given',
    });
  if (f.statusDate !== null && f.statusDate < f.referralDate) {
    problems.push({
      column: 'status_date',
      problem: `${f.statusDate} is before the referral date ${f.referralDate}`,
    });
  }
  return problems;
}

function cycleProblem(cycle: number | null, context: RowContext): ColumnProblem[] {
  return cycle !== null && cycle > context.cyclesPerFamily
    ? [
        {
          column: 'cycle',
          problem: `must be from 1 to ${context.cyclesPerFamily}, the programme's cycles per family (got ${cycle})`,
        },
      ]
    : [];
}

const REFINE: { [F in PackageFile]?: Refine<F> } = {
  'programme.csv': refineProgramme,
  'practitioners.csv': refinePractitioner,
  'families.csv': refineFamily,
  'family_status_history.csv': (h) => statusReasonProblems(h.status, h.statusReason),
  'rule_sets.csv': refineRuleSet,
  'family_sessions.csv': (s, context) => {
    if (!CYCLE_SESSION_TYPES.includes(s.type)) {
      return s.cycle === null
        ? []
        : [{ column: 'cycle', problem: `must be empty for a ${s.type} session` }];
    }
    if (s.cycle === null)
      return [
        {
          column: 'cycle',
          problem: `is required for a ${s.type} session: 1 to ${context.cyclesPerFamily}`,
        },
      ];
    return cycleProblem(s.cycle, context);
  },
  'supervision_attendees.csv': (a, context) => [
    ...(a.cycle !== null && a.familyReference === null
      ? [
          {
            column: 'family_reference',
            problem: 'is required when a cycle is given: the family whose film was reviewed',
          },
        ]
      : []),
    ...cycleProblem(a.cycle, context),
  ],
};

/**
 * Parses one row (cells by column name, as read from the file) into its
 * record, or lists every problem with it. Cells are trimmed first.
 */
export function parseRow<F extends PackageFile>(
  file: F,
  row: Readonly<Record<string, string | undefined>>,
  context: RowContext,
): RowResult<F> {
  const fields = PACKAGE_FIELDS[file] as Record<string, AnyField>;
  const problems: ColumnProblem[] = [];
  const record: Record<string, unknown> = {};
  for (const column of PACKAGE_COLUMNS[file]) {
    const parsed = fields[column]!.parse((row[column] ?? '').trim());
    if ('problem' in parsed) problems.push({ column, problem: parsed.problem });
    else record[keyOfColumn(column)] = parsed.value;
  }
  if (problems.length > 0) return { problems };
  const typed = record as unknown as PackageRecords[F];
  const refine = REFINE[file];
  const more = refine ? refine(typed, context) : [];
  return more.length > 0 ? { problems: more } : { record: typed };
}

/** A record as the cells of its CSV line, in header order. */
export function serializeRecord<F extends PackageFile>(
  file: F,
  record: PackageRecords[F],
): string[] {
  const fields = PACKAGE_FIELDS[file] as Record<string, AnyField>;
  const values = record as unknown as Record<string, unknown>;
  return PACKAGE_COLUMNS[file].map((column) => fields[column]!.format(values[keyOfColumn(column)]));
}
