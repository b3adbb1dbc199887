import { checkEligibility } from '../delivery/eligibility.js';
import {
  BEARERS,
  CYCLE_SESSION_TYPES,
  COST_ROLES,
  COST_TYPES,
  FAMILY_STATUSES,
  MILESTONE_OUTCOMES,
  MILESTONE_TYPES,
  NOT_PROCEEDED_REASONS,
  OUTCOMES_6M,
  PLANS,
  PRACTITIONER_STATUS_REASONS,
  PRACTITIONER_STATUSES,
  RESOURCE_CATEGORIES,
  RULE_SETS,
  SESSION_OUTCOMES,
  SESSION_TYPES,
  SUBSTANTIVE_ROLES,
  SUPERVISION_FORMATS,
  SUPERVISION_MODES,
  TIME_ENTRY_ACTIVITIES,
  TRAINING_TYPES,
  TRIAL_ARMS,
  UNIT_COST_BASES,
  WITHDRAWN_REASONS,
} from '../model/enums.js';
import { DEFAULT_SENSITIVITY, sensitivityProblems } from '../costing/sensitivity.js';
import type { FamilyRecord, PractitionerRecord, ProgrammeRecord } from '../model/records.js';
import {
  boolean,
  code,
  codeList,
  date,
  decimal,
  Field,
  integer,
  MAX_YEAR,
  MIN_YEAR,
  month,
  oneOf,
  optional,
  text,
  withDefault,
} from './fields.js';
import { keyOfColumn, PACKAGE_COLUMNS, type PackageFile, type PackageRecords } from './files.js';

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

const year = () => integer(MIN_YEAR, MAX_YEAR);
const minutes = () => integer(0);
const pence = () => integer(0);

/** The field of every column, in header order. */
const FIELDS: { [F in PackageFile]: Record<(typeof PACKAGE_COLUMNS)[F][number], AnyField> } = {
  'programme.csv': {
    name: text(200),
    funder: text(200),
    provider: text(200),
    start_date: date(),
    intake_start: date(),
    intake_end: date(),
    delivery_end: date(),
    price_year: year(),
    discount_rate: decimal(6, { max: 0.5 }),
    min_families_per_practitioner: integer(0, 1000),
    min_sessions_per_family: integer(0, 1000),
    cycles_per_family: integer(1, 50),
    rule_set: oneOf(RULE_SETS),
    report_due: optional(date()),
    target_practitioner_count: optional(integer(0, 10000)),
    sensitivity_low: withDefault(decimal(4), DEFAULT_SENSITIVITY.low),
    sensitivity_high: withDefault(decimal(4), DEFAULT_SENSITIVITY.high),
  },
  'local_authorities.csv': { code: code(), name: text(200) },
  'staff.csv': {
    code: code(),
    display_name: text(200),
    cost_role: oneOf(COST_ROLES),
    la_code: optional(code()),
  },
  'practitioners.csv': {
    staff_code: code(),
    substantive_role: oneOf(SUBSTANTIVE_ROLES),
    fte: decimal(3, { min: 0.1, max: 1 }),
    vig_hours_per_week: decimal(2, { max: 80 }),
    start_date: date(),
    supervisor_code: optional(code()),
    status: oneOf(PRACTITIONER_STATUSES),
    status_date: optional(date()),
    status_reason: optional(oneOf(PRACTITIONER_STATUS_REASONS)),
  },
  'families.csv': {
    reference: code(),
    la_code: code(),
    referral_date: date(),
    child_birth_month: month(),
    plan_at_referral: oneOf(PLANS),
    court_proceedings: boolean(),
    trial_arm: oneOf(TRIAL_ARMS),
    randomisation_date: optional(date()),
    practitioner_code: optional(code()),
    status: oneOf(FAMILY_STATUSES),
    status_date: optional(date()),
    // Which reasons are allowed depends on the status: checked in the row rules.
    status_reason: optional(oneOf([...new Set([...NOT_PROCEEDED_REASONS, ...WITHDRAWN_REASONS])])),
    outcome_6m: optional(oneOf(OUTCOMES_6M)),
  },
  'family_sessions.csv': {
    family_reference: code(),
    practitioner_code: code(),
    date: date(),
    type: oneOf(SESSION_TYPES),
    cycle: optional(integer(1, 50)),
    outcome: oneOf(SESSION_OUTCOMES),
    contact_minutes: minutes(),
    travel_minutes: minutes(),
    prep_minutes: minutes(),
  },
  'supervision_sessions.csv': {
    id: code(),
    date: date(),
    supervisor_code: code(),
    format: oneOf(SUPERVISION_FORMATS),
    mode: oneOf(SUPERVISION_MODES),
    duration_minutes: minutes(),
    prep_minutes: minutes(),
  },
  'supervision_attendees.csv': {
    session_id: code(),
    practitioner_code: code(),
    family_reference: optional(code()),
    cycle: optional(integer(1, 50)),
  },
  'training_events.csv': {
    id: code(),
    date: date(),
    type: oneOf(TRAINING_TYPES),
    duration_minutes: minutes(),
    trainer_codes: codeList(),
  },
  'training_attendees.csv': { event_id: code(), staff_code: code(), minutes_attended: minutes() },
  'milestones.csv': {
    practitioner_code: code(),
    type: oneOf(MILESTONE_TYPES),
    date: date(),
    assessor_code: optional(code()),
    outcome: oneOf(MILESTONE_OUTCOMES),
  },
  'time_entries.csv': {
    staff_code: code(),
    date: date(),
    activity: oneOf(TIME_ENTRY_ACTIVITIES),
    minutes: minutes(),
    la_code: optional(code()),
    family_reference: optional(code()),
  },
  'unit_costs.csv': {
    cost_role: oneOf(COST_ROLES),
    hourly_cost_pence: pence(),
    price_year: year(),
    basis: oneOf(UNIT_COST_BASES),
    source: text(300),
    effective_from: optional(date()),
    effective_to: optional(date()),
  },
  'price_index.csv': { year: year(), index: decimal(6, { min: 0, minExclusive: true }) },
  'resources.csv': {
    description: text(300),
    category: oneOf(RESOURCE_CATEGORIES),
    la_code: optional(code()),
    cost_type: oneOf(COST_TYPES),
    quantity: decimal(3),
    unit_cost_pence: pence(),
    price_year: year(),
    useful_life_years: withDefault(integer(1, 100), 1),
    bearer: oneOf(BEARERS),
    date: date(),
  },
};

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
  const reasons: readonly string[] | null =
    f.status === 'not_proceeded'
      ? NOT_PROCEEDED_REASONS
      : f.status === 'withdrawn'
        ? WITHDRAWN_REASONS
        : null;
  if (reasons === null) {
    if (f.statusReason !== null) {
      problems.push({
        column: 'status_reason',
        problem: `must be empty when the status is ${f.status}`,
      });
    }
  } else if (f.statusReason === null || !reasons.includes(f.statusReason)) {
    problems.push({
      column: 'status_reason',
      problem: `${f.statusReason === null ? 'is required' : `"${f.statusReason}" is not a reason`} for status ${f.status}: one of ${reasons.join(', ')}`,
    });
  }
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
  const fields = FIELDS[file] as Record<string, AnyField>;
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
  const fields = FIELDS[file] as Record<string, AnyField>;
  const values = record as unknown as Record<string, unknown>;
  return PACKAGE_COLUMNS[file].map((column) => fields[column]!.format(values[keyOfColumn(column)]));
}
