import {
  BEARERS,
  COST_ROLES,
  COST_TYPES,
  FAMILY_STATUSES,
  FOLLOW_UP_STATUSES,
  MILESTONE_OUTCOMES,
  MILESTONE_TYPES,
  NOT_PROCEEDED_REASONS,
  OUTCOMES_6M,
  PLANS,
  PRACTITIONER_STATUS_REASONS,
  PRACTITIONER_STATUSES,
  REFERRAL_SOURCES,
  RESOURCE_CATEGORIES,
  SESSION_OUTCOMES,
  SESSION_TYPES,
  SUBSTANTIVE_ROLES,
  SUPERVISION_FORMATS,
  SUPERVISION_MODES,
  SUPPORT_KINDS,
  TIME_ENTRY_ACTIVITIES,
  TRAINING_TYPES,
  TRIAL_ARMS,
  UNIT_COST_BASES,
  WITHDRAWN_REASONS,
} from '../model/enums.js';
import { ATTUNED_PRINCIPLES } from '../accreditation/principles.js';
import { DEFAULT_SENSITIVITY } from '../costing/sensitivity.js';
import { INELIGIBLE_REASONS } from '../delivery/eligibility.js';
import {
  addedLater,
  boolean,
  code,
  codeList,
  date,
  decimal,
  type Field,
  integer,
  jsonObject,
  MAX_YEAR,
  MIN_YEAR,
  month,
  oneOf,
  oneOfList,
  optional,
  text,
  withDefault,
} from './fields.js';
import type { PackageFile } from './files.js';

/*
 * The columns of every file of the data package, in header order, each with
 * how its cell is read and written: the one description of the format. The
 * headers, the import's stored columns and the export's selected ones all
 * follow from it, so a new plain column is one line here (see
 * docs/architecture.md, "Adding a field end to end").
 */

type AnyField = Field<unknown>;

const year = () => integer(MIN_YEAR, MAX_YEAR);
const minutes = () => integer(0);
const pence = () => integer(0);
// A preset's code or one of the programme's own (rule_sets.csv); the validator checks which.
const ruleSetCode = () => code();
const familyStatusReason = () =>
  // Which reasons are allowed depends on the status: checked in the row rules.
  optional(oneOf([...new Set([...NOT_PROCEEDED_REASONS, ...WITHDRAWN_REASONS])]));

/** The field of every column, in header order. */
export const PACKAGE_FIELDS = {
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
    rule_set: ruleSetCode(),
    report_due: addedLater(optional(date())),
    target_practitioner_count: addedLater(optional(integer(0, 10000))),
    sensitivity_low: addedLater(withDefault(decimal(4), DEFAULT_SENSITIVITY.low)),
    sensitivity_high: addedLater(withDefault(decimal(4), DEFAULT_SENSITIVITY.high)),
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
    status_reason: familyStatusReason(),
    outcome_6m: optional(oneOf(OUTCOMES_6M)),
    referral_source: addedLater(optional(oneOf(REFERRAL_SOURCES))),
    consent_filming: addedLater(optional(boolean())),
    consent_clips_use: addedLater(optional(boolean())),
    baseline_completed_on: addedLater(optional(date())),
    follow_up_4m_status: addedLater(optional(oneOf(FOLLOW_UP_STATUSES))),
    follow_up_4m_on: addedLater(optional(date())),
    outcome_6m_recorded_on: addedLater(optional(date())),
    support_needed: addedLater(optional(boolean())),
    support_kind: addedLater(optional(oneOf(SUPPORT_KINDS))),
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
    principles: addedLater(optional(oneOfList(ATTUNED_PRINCIPLES))),
  },
  'training_events.csv': {
    id: code(),
    date: date(),
    type: oneOf(TRAINING_TYPES),
    duration_minutes: minutes(),
    trainer_codes: codeList(),
    venue: addedLater(optional(text(200))),
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
  'rule_sets.csv': { code: code(), name: text(200), definition: jsonObject(100_000) },
  'family_status_history.csv': {
    family_reference: code(),
    status: oneOf(FAMILY_STATUSES),
    status_date: optional(date()),
    status_reason: familyStatusReason(),
  },
  'ineligible_referrals.csv': {
    la_code: code(),
    referral_date: date(),
    reason: oneOf(INELIGIBLE_REASONS),
  },
} satisfies { [F in PackageFile]: Record<string, AnyField> };

/** A column name of one file. */
export type PackageColumn<F extends PackageFile> = keyof (typeof PACKAGE_FIELDS)[F] & string;

/** The header of each file, exactly as DESIGN.md writes it, in the order of its table. */
export const PACKAGE_COLUMNS = Object.fromEntries(
  Object.entries(PACKAGE_FIELDS).map(([file, fields]) => [file, Object.keys(fields)]),
) as unknown as { readonly [F in PackageFile]: readonly PackageColumn<F>[] };

/** The field of one column (for the API's storage of it). */
export function fieldOf(file: PackageFile, column: string): Field<unknown> {
  const field = (PACKAGE_FIELDS[file] as Record<string, AnyField>)[column];
  if (!field) throw new Error(`${file} has no column ${column}`);
  return field;
}
