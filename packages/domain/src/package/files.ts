import type {
  FamilyRecord,
  FamilySessionRecord,
  LocalAuthorityRecord,
  MilestoneRecord,
  PractitionerRecord,
  PriceIndexRecord,
  ProgrammeData,
  ProgrammeRecord,
  ResourceRecord,
  StaffRecord,
  SupervisionAttendeeRecord,
  SupervisionSessionRecord,
  TimeEntryRecord,
  TrainingAttendeeRecord,
  TrainingEventRecord,
  UnitCostRecord,
} from '../model/records.js';

/** Every file of the data package and the record one of its rows holds. */
export interface PackageRecords {
  'programme.csv': ProgrammeRecord;
  'local_authorities.csv': LocalAuthorityRecord;
  'staff.csv': StaffRecord;
  'practitioners.csv': PractitionerRecord;
  'families.csv': FamilyRecord;
  'family_sessions.csv': FamilySessionRecord;
  'supervision_sessions.csv': SupervisionSessionRecord;
  'supervision_attendees.csv': SupervisionAttendeeRecord;
  'training_events.csv': TrainingEventRecord;
  'training_attendees.csv': TrainingAttendeeRecord;
  'milestones.csv': MilestoneRecord;
  'time_entries.csv': TimeEntryRecord;
  'unit_costs.csv': UnitCostRecord;
  'price_index.csv': PriceIndexRecord;
  'resources.csv': ResourceRecord;
}

export type PackageFile = keyof PackageRecords;

/**
 * Files whose last columns came later and may be left off on import (their
 * defaults apply): how many leading columns an older package must have.
 */
export const REQUIRED_COLUMN_COUNT: Partial<Record<PackageFile, number>> = {
  'programme.csv': 13,
};
export type PackageRecord = PackageRecords[PackageFile];

/** The header of each file, exactly as DESIGN.md writes it, in the order of its table. */
export const PACKAGE_COLUMNS = {
  'programme.csv': [
    'name',
    'funder',
    'provider',
    'start_date',
    'intake_start',
    'intake_end',
    'delivery_end',
    'price_year',
    'discount_rate',
    'min_families_per_practitioner',
    'min_sessions_per_family',
    'cycles_per_family',
    'rule_set',
    'report_due',
    'target_practitioner_count',
    'sensitivity_low',
    'sensitivity_high',
  ],
  'local_authorities.csv': ['code', 'name'],
  'staff.csv': ['code', 'display_name', 'cost_role', 'la_code'],
  'practitioners.csv': [
    'staff_code',
    'substantive_role',
    'fte',
    'vig_hours_per_week',
    'start_date',
    'supervisor_code',
    'status',
    'status_date',
    'status_reason',
  ],
  'families.csv': [
    'reference',
    'la_code',
    'referral_date',
    'child_birth_month',
    'plan_at_referral',
    'court_proceedings',
    'trial_arm',
    'randomisation_date',
    'practitioner_code',
    'status',
    'status_date',
    'status_reason',
    'outcome_6m',
  ],
  'family_sessions.csv': [
    'family_reference',
    'practitioner_code',
    'date',
    'type',
    'cycle',
    'outcome',
    'contact_minutes',
    'travel_minutes',
    'prep_minutes',
  ],
  'supervision_sessions.csv': [
    'id',
    'date',
    'supervisor_code',
    'format',
    'mode',
    'duration_minutes',
    'prep_minutes',
  ],
  'supervision_attendees.csv': ['session_id', 'practitioner_code', 'family_reference', 'cycle'],
  'training_events.csv': ['id', 'date', 'type', 'duration_minutes', 'trainer_codes'],
  'training_attendees.csv': ['event_id', 'staff_code', 'minutes_attended'],
  'milestones.csv': ['practitioner_code', 'type', 'date', 'assessor_code', 'outcome'],
  'time_entries.csv': ['staff_code', 'date', 'activity', 'minutes', 'la_code', 'family_reference'],
  'unit_costs.csv': [
    'cost_role',
    'hourly_cost_pence',
    'price_year',
    'basis',
    'source',
    'effective_from',
    'effective_to',
  ],
  'price_index.csv': ['year', 'index'],
  'resources.csv': [
    'description',
    'category',
    'la_code',
    'cost_type',
    'quantity',
    'unit_cost_pence',
    'price_year',
    'useful_life_years',
    'bearer',
    'date',
  ],
} as const satisfies Record<PackageFile, readonly string[]>;

/** The files in DESIGN.md's order (the order an export writes them). */
export const PACKAGE_FILES = Object.keys(PACKAGE_COLUMNS) as PackageFile[];

/**
 * The order an import reads the files: each file's references point only at
 * files read before it, and the price index and unit costs come before
 * anything that makes a ledger line, so every line's rate is checked as the
 * line is read and a bad one is reported at its own line.
 */
export const IMPORT_ORDER: readonly PackageFile[] = [
  'programme.csv',
  'price_index.csv',
  'unit_costs.csv',
  'local_authorities.csv',
  'staff.csv',
  'practitioners.csv',
  'families.csv',
  'family_sessions.csv',
  'supervision_sessions.csv',
  'supervision_attendees.csv',
  'training_events.csv',
  'training_attendees.csv',
  'milestones.csv',
  'time_entries.csv',
  'resources.csv',
];

/** Where each file's records sit in ProgrammeData. */
export const PACKAGE_KEYS = {
  'programme.csv': 'programme',
  'local_authorities.csv': 'localAuthorities',
  'staff.csv': 'staff',
  'practitioners.csv': 'practitioners',
  'families.csv': 'families',
  'family_sessions.csv': 'familySessions',
  'supervision_sessions.csv': 'supervisionSessions',
  'supervision_attendees.csv': 'supervisionAttendees',
  'training_events.csv': 'trainingEvents',
  'training_attendees.csv': 'trainingAttendees',
  'milestones.csv': 'milestones',
  'time_entries.csv': 'timeEntries',
  'unit_costs.csv': 'unitCosts',
  'price_index.csv': 'priceIndex',
  'resources.csv': 'resources',
} as const satisfies Record<PackageFile, keyof ProgrammeData>;

export function isPackageFile(name: string): name is PackageFile {
  return Object.hasOwn(PACKAGE_COLUMNS, name);
}

const KEYS = new Map<string, string>();

/** A CSV line's column name to the record's key: `la_code` → `laCode`, `outcome_6m` → `outcome6m`. */
export function keyOfColumn(column: string): string {
  let key = KEYS.get(column);
  if (key === undefined) {
    key = column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
    KEYS.set(column, key);
  }
  return key;
}
