import type { PackageFile } from '@attune/domain';
import { plainColumns } from '../package-format/stored-columns';
import type { BatchColumn } from './table-batch';

/** The plain columns of a file as batch columns. */
function plain(file: PackageFile): BatchColumn[] {
  return plainColumns(file).map((c) => [c.name, c.type, c.cast] as const);
}

/**
 * Columns of each bulk-inserted table, in the order the writer gives values:
 * the ids it makes or looks up first, then the file's plain columns (from
 * the package's description, so a new plain column needs nothing here).
 */
export const COLUMNS: Record<string, readonly BatchColumn[]> = {
  price_indices: plain('price_index.csv'),
  unit_costs: plain('unit_costs.csv'),
  local_authorities: [['id', 'uuid'], ...plain('local_authorities.csv')],
  staff: [['id', 'uuid'], ['la_id', 'uuid'], ...plain('staff.csv')],
  practitioners: [['staff_id', 'uuid'], ['supervisor_id', 'uuid'], ...plain('practitioners.csv')],
  families: [
    ['id', 'uuid'],
    ['la_id', 'uuid'],
    ['practitioner_id', 'uuid'],
    ...plain('families.csv'),
  ],
  family_status_changes: [['family_id', 'uuid'], ...plain('family_status_history.csv')],
  rule_sets: plain('rule_sets.csv'),
  ineligible_referrals: [['la_id', 'uuid'], ...plain('ineligible_referrals.csv')],
  family_sessions: [
    ['family_id', 'uuid'],
    ['practitioner_id', 'uuid'],
    ...plain('family_sessions.csv'),
  ],
  supervision_sessions: [
    ['id', 'uuid'],
    ['supervisor_id', 'uuid'],
    ...plain('supervision_sessions.csv'),
  ],
  supervision_attendees: [
    ['session_id', 'uuid'],
    ['practitioner_id', 'uuid'],
    ['family_id', 'uuid'],
    ...plain('supervision_attendees.csv'),
  ],
  training_events: [['id', 'uuid'], ...plain('training_events.csv')],
  training_trainers: [
    ['event_id', 'uuid'],
    ['position', 'smallint'],
    ['staff_id', 'uuid'],
  ],
  training_attendees: [
    ['event_id', 'uuid'],
    ['staff_id', 'uuid'],
    ...plain('training_attendees.csv'),
  ],
  milestones: [['practitioner_id', 'uuid'], ['assessor_id', 'uuid'], ...plain('milestones.csv')],
  time_entries: [
    ['staff_id', 'uuid'],
    ['la_id', 'uuid'],
    ['family_id', 'uuid'],
    ...plain('time_entries.csv'),
  ],
  resources: [['la_id', 'uuid'], ...plain('resources.csv')],
};

/** Tables without a version column (rows only ever added or removed with their parent). */
export const UNVERSIONED = new Set([
  'family_status_changes',
  'ineligible_referrals',
  'supervision_attendees',
  'training_trainers',
  'training_attendees',
]);

/** Tables filled from the same file as the table they refer to. */
export const PARENTS: Partial<Record<string, string>> = {
  family_status_changes: 'families',
  training_trainers: 'training_events',
};
