import type { BatchColumn } from './table-batch';

/** Columns of each bulk-inserted table, in the order `row()` gives values. */
export const COLUMNS: Record<string, readonly BatchColumn[]> = {
  price_indices: [
    ['year', 'smallint'],
    ['index', 'numeric'],
  ],
  unit_costs: [
    ['cost_role', 'text'],
    ['hourly_cost_pence', 'integer'],
    ['price_year', 'smallint'],
    ['basis', 'text'],
    ['source', 'text'],
    ['effective_from', 'date'],
    ['effective_to', 'date'],
  ],
  local_authorities: [
    ['id', 'uuid'],
    ['code', 'text'],
    ['name', 'text'],
  ],
  staff: [
    ['id', 'uuid'],
    ['code', 'text'],
    ['display_name', 'text'],
    ['cost_role', 'text'],
    ['la_id', 'uuid'],
  ],
  practitioners: [
    ['staff_id', 'uuid'],
    ['substantive_role', 'text'],
    ['fte', 'numeric'],
    ['vig_hours_per_week', 'numeric'],
    ['start_date', 'date'],
    ['supervisor_id', 'uuid'],
    ['status', 'text'],
    ['status_date', 'date'],
    ['status_reason', 'text'],
  ],
  families: [
    ['id', 'uuid'],
    ['reference', 'text'],
    ['la_id', 'uuid'],
    ['referral_date', 'date'],
    ['child_birth_month', 'text'],
    ['plan_at_referral', 'text'],
    ['court_proceedings', 'boolean'],
    ['trial_arm', 'text'],
    ['randomisation_date', 'date'],
    ['practitioner_id', 'uuid'],
    ['status', 'text'],
    ['status_date', 'date'],
    ['status_reason', 'text'],
    ['outcome6m', 'text'],
  ],
  family_status_changes: [
    ['family_id', 'uuid'],
    ['status', 'text'],
    ['status_date', 'date'],
    ['status_reason', 'text'],
  ],
  family_sessions: [
    ['family_id', 'uuid'],
    ['practitioner_id', 'uuid'],
    ['date', 'date'],
    ['type', 'text'],
    ['cycle', 'smallint'],
    ['outcome', 'text'],
    ['contact_minutes', 'integer'],
    ['travel_minutes', 'integer'],
    ['prep_minutes', 'integer'],
  ],
  supervision_sessions: [
    ['id', 'uuid'],
    ['code', 'text'],
    ['date', 'date'],
    ['supervisor_id', 'uuid'],
    ['format', 'text'],
    ['mode', 'text'],
    ['duration_minutes', 'integer'],
    ['prep_minutes', 'integer'],
  ],
  supervision_attendees: [
    ['session_id', 'uuid'],
    ['practitioner_id', 'uuid'],
    ['family_id', 'uuid'],
    ['cycle', 'smallint'],
  ],
  training_events: [
    ['id', 'uuid'],
    ['code', 'text'],
    ['date', 'date'],
    ['type', 'text'],
    ['duration_minutes', 'integer'],
  ],
  training_trainers: [
    ['event_id', 'uuid'],
    ['position', 'smallint'],
    ['staff_id', 'uuid'],
  ],
  training_attendees: [
    ['event_id', 'uuid'],
    ['staff_id', 'uuid'],
    ['minutes_attended', 'integer'],
  ],
  milestones: [
    ['practitioner_id', 'uuid'],
    ['type', 'text'],
    ['date', 'date'],
    ['assessor_id', 'uuid'],
    ['outcome', 'text'],
  ],
  time_entries: [
    ['staff_id', 'uuid'],
    ['date', 'date'],
    ['activity', 'text'],
    ['minutes', 'integer'],
    ['la_id', 'uuid'],
    ['family_id', 'uuid'],
  ],
  resources: [
    ['description', 'text'],
    ['category', 'text'],
    ['la_id', 'uuid'],
    ['cost_type', 'text'],
    ['quantity', 'numeric'],
    ['unit_cost_pence', 'integer'],
    ['price_year', 'smallint'],
    ['useful_life_years', 'integer'],
    ['bearer', 'text'],
    ['date', 'date'],
  ],
};

/** Tables without a version column (rows only ever added or removed with their parent). */
export const UNVERSIONED = new Set([
  'family_status_changes',
  'supervision_attendees',
  'training_trainers',
  'training_attendees',
]);

/** Tables filled from the same file as the table they refer to. */
export const PARENTS: Partial<Record<string, string>> = {
  family_status_changes: 'families',
  training_trainers: 'training_events',
};
