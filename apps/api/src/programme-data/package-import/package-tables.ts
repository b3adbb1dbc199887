import type { PackageFile } from '@attune/domain';
import { plainColumns } from '../package-format/stored-columns';

/** The plain columns of a file, by their names in the table. */
function plain(file: PackageFile): string[] {
  return plainColumns(file).map((c) => c.name);
}

/**
 * Columns of each table an import COPYs into, in the order the writer gives values:
 * the ids it makes or looks up first, then the file's plain columns (from
 * the package's description, so a new plain column needs nothing here).
 */
export const COLUMNS: Record<string, readonly string[]> = {
  price_indices: plain('price_index.csv'),
  unit_costs: plain('unit_costs.csv'),
  local_authorities: ['id', ...plain('local_authorities.csv')],
  staff: ['id', 'la_id', ...plain('staff.csv')],
  practitioners: ['staff_id', 'supervisor_id', ...plain('practitioners.csv')],
  families: ['id', 'la_id', 'practitioner_id', ...plain('families.csv')],
  family_status_changes: ['family_id', ...plain('family_status_history.csv')],
  rule_sets: plain('rule_sets.csv'),
  ineligible_referrals: ['la_id', ...plain('ineligible_referrals.csv')],
  family_sessions: ['family_id', 'practitioner_id', ...plain('family_sessions.csv')],
  supervision_sessions: ['id', 'supervisor_id', ...plain('supervision_sessions.csv')],
  supervision_attendees: [
    'session_id',
    'practitioner_id',
    'family_id',
    ...plain('supervision_attendees.csv'),
  ],
  training_events: ['id', ...plain('training_events.csv')],
  training_trainers: ['event_id', 'position', 'staff_id'],
  training_attendees: ['event_id', 'staff_id', ...plain('training_attendees.csv')],
  milestones: ['practitioner_id', 'assessor_id', ...plain('milestones.csv')],
  time_entries: ['staff_id', 'la_id', 'family_id', ...plain('time_entries.csv')],
  resources: ['la_id', ...plain('resources.csv')],
};

/** Tables without a version column (rows only ever added or removed with their parent). */
export const UNVERSIONED = new Set([
  'family_status_changes',
  'ineligible_referrals',
  'supervision_attendees',
  'training_trainers',
  'training_attendees',
]);

/**
 * Tables filled from the same file as the table they refer to: their rows
 * wait until that table's COPY has ended, so their foreign keys hold.
 */
export const PARENTS: Partial<Record<string, string>> = {
  family_status_changes: 'families',
  training_trainers: 'training_events',
};
