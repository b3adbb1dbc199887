/**
 * SQL of the workbook reader. Every query takes the programme id as $1. The
 * ledger's sources are read in keyset batches ($2 the last key seen, $3 the
 * batch size) and carry ids, not codes: the reader maps ids to codes from
 * the small tables it already holds, so a batch never joins a large table.
 */
export const smallTables = {
  programme: `SELECT name, funder, provider, start_date::text, intake_start::text, intake_end::text,
      delivery_end::text, price_year, discount_rate::text, min_families_per_practitioner,
      min_sessions_per_family, cycles_per_family, rule_set
    FROM programmes WHERE id = $1`,
  localAuthorities:
    'SELECT id, code, name FROM local_authorities WHERE programme_id = $1 ORDER BY code',
  // Codes and cost roles only: display names and notes are never read.
  staff: 'SELECT id, code, cost_role, la_id FROM staff WHERE programme_id = $1 ORDER BY code',
  practitioners: `SELECT p.staff_id, p.substantive_role, p.fte::text, p.vig_hours_per_week::text, p.start_date::text,
      p.supervisor_id, p.status
    FROM practitioners p JOIN staff s ON s.id = p.staff_id WHERE p.programme_id = $1 ORDER BY s.code`,
  // Flags and coded reasons only: no dates of birth, referral dates or consent.
  families: `SELECT f.id, f.reference, f.la_id, f.trial_arm, f.status, f.status_reason, f.practitioner_id,
      (SELECT count(*)::int FROM family_sessions fs WHERE fs.family_id = f.id AND fs.outcome = 'held') AS sessions_held
    FROM families f WHERE f.programme_id = $1 ORDER BY f.reference`,
  unitCosts: `SELECT cost_role, hourly_cost_pence, price_year, basis, source, effective_from::text, effective_to::text
    FROM unit_costs WHERE programme_id = $1 ORDER BY id`,
  priceIndex: 'SELECT year, index::text FROM price_indices WHERE programme_id = $1 ORDER BY year',
  resources: `SELECT description, category, la_id, cost_type, quantity::text, unit_cost_pence, price_year,
      useful_life_years, bearer, date::text
    FROM resources WHERE programme_id = $1 ORDER BY id`,
  // What the per-practitioner flags are counted from (the domain's unitCounts decides).
  trainingEventTypes: 'SELECT id, type FROM training_events WHERE programme_id = $1',
  trainingAttendance: `SELECT event_id, staff_id, minutes_attended FROM training_attendees
    WHERE programme_id = $1 AND minutes_attended > 0`,
  milestones:
    'SELECT practitioner_id, type, date::text, outcome FROM milestones WHERE programme_id = $1',
};

/**
 * How many ledger lines the sources make, for progress only (the writer
 * copes with a wrong total). Mirrors the domain's "no zero-minute lines".
 */
export const ledgerLineCount = `SELECT
    (SELECT coalesce(sum((contact_minutes > 0)::int + (travel_minutes > 0)::int + (prep_minutes > 0)::int), 0)
       FROM family_sessions WHERE programme_id = $1)
  + (SELECT count(*) FROM supervision_sessions WHERE programme_id = $1 AND duration_minutes + prep_minutes > 0)
  + (SELECT count(*) FROM supervision_attendees a JOIN supervision_sessions ss ON ss.id = a.session_id
       WHERE a.programme_id = $1 AND ss.duration_minutes > 0)
  + (SELECT count(*) FROM training_trainers t JOIN training_events e ON e.id = t.event_id
       WHERE t.programme_id = $1 AND e.duration_minutes > 0)
  + (SELECT count(*) FROM training_attendees WHERE programme_id = $1 AND minutes_attended > 0)
  + (SELECT count(*) FROM time_entries WHERE programme_id = $1 AND minutes > 0) AS lines`;

export const ledgerBatches = {
  familySessions: `SELECT id, family_id, practitioner_id, date::text, type, cycle, outcome,
      contact_minutes, travel_minutes, prep_minutes
    FROM family_sessions WHERE programme_id = $1 AND id > $2 ORDER BY id LIMIT $3`,
  supervisionSessions: `SELECT id, code, date::text, supervisor_id, format, mode, duration_minutes, prep_minutes
    FROM supervision_sessions WHERE programme_id = $1 AND code > $2 ORDER BY code LIMIT $3`,
  trainingEvents: `SELECT id, code, date::text, type, duration_minutes
    FROM training_events WHERE programme_id = $1 AND code > $2 ORDER BY code LIMIT $3`,
  timeEntries: `SELECT id, staff_id, date::text, activity, minutes, la_id, family_id
    FROM time_entries WHERE programme_id = $1 AND id > $2 ORDER BY id LIMIT $3`,
};

/** The rows that belong to one batch of sessions or events ($1 their ids). */
export const batchChildren = {
  supervisionAttendees: `SELECT session_id, practitioner_id, family_id, cycle
    FROM supervision_attendees WHERE session_id = ANY($1::uuid[]) ORDER BY id`,
  trainingTrainers: `SELECT event_id, staff_id FROM training_trainers
    WHERE event_id = ANY($1::uuid[]) ORDER BY event_id, position`,
  trainingAttendees: `SELECT event_id, staff_id, minutes_attended
    FROM training_attendees WHERE event_id = ANY($1::uuid[]) ORDER BY id`,
};
