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
export type PackageRecord = PackageRecords[PackageFile];

/** The files in DESIGN.md's order (the order an export writes them). */
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
];

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
