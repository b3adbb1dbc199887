import type {
  FamilyRecord,
  FamilyStatusHistoryRecord,
  IneligibleReferralRecord,
  FamilySessionRecord,
  LocalAuthorityRecord,
  MilestoneRecord,
  PractitionerRecord,
  PriceIndexRecord,
  ProgrammeData,
  ProgrammeRecord,
  ResourceRecord,
  RuleSetRecord,
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
  'rule_sets.csv': RuleSetRecord;
  'family_status_history.csv': FamilyStatusHistoryRecord;
  'ineligible_referrals.csv': IneligibleReferralRecord;
}

export type PackageFile = keyof PackageRecords;
export type PackageRecord = PackageRecords[PackageFile];

/**
 * The files in DESIGN.md's order (the order an export writes them), then the
 * files added later, which a package may leave out (OPTIONAL_FILES).
 */
export const PACKAGE_FILES: readonly PackageFile[] = [
  'programme.csv',
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
  'unit_costs.csv',
  'price_index.csv',
  'resources.csv',
  'rule_sets.csv',
  'family_status_history.csv',
  'ineligible_referrals.csv',
];

/** Files added after the format was published: a package without them still imports. */
export const OPTIONAL_FILES: ReadonlySet<PackageFile> = new Set<PackageFile>([
  'rule_sets.csv',
  'family_status_history.csv',
  'ineligible_referrals.csv',
]);

/**
 * The order an import reads the files: each file's references point only at
 * files read before it, and the price index and unit costs come before
 * anything that makes a ledger line, so every line's rate is checked as the
 * line is read and a bad one is reported at its own line.
 */
export const IMPORT_ORDER: readonly PackageFile[] = [
  'programme.csv',
  'rule_sets.csv',
  'price_index.csv',
  'unit_costs.csv',
  'local_authorities.csv',
  'staff.csv',
  'practitioners.csv',
  'families.csv',
  'family_status_history.csv',
  'ineligible_referrals.csv',
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
  'rule_sets.csv': 'ruleSets',
  'family_status_history.csv': 'familyStatusHistory',
  'ineligible_referrals.csv': 'ineligibleReferrals',
} as const satisfies Record<PackageFile, keyof ProgrammeData>;

export function isPackageFile(name: string): name is PackageFile {
  return (PACKAGE_FILES as readonly string[]).includes(name);
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
