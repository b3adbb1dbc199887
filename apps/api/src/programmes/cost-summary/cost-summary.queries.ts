/** A row as pg returns it: numerics and bigints as strings, dates cast to text in the SQL. */
export type Row = Record<string, unknown>;

/** Small inputs of the cost engine: the programme, its unit costs, price index, LAs and resources. */
export const costContextQueries = {
  programme: 'SELECT price_year, discount_rate::text FROM programmes WHERE id = $1',
  // Ordered by id: the accumulator's unit-cost rows must be in a stable order.
  unitCosts: `SELECT cost_role, hourly_cost_pence, price_year, basis, source, effective_from::text, effective_to::text
    FROM unit_costs WHERE programme_id = $1 ORDER BY id`,
  priceIndex: 'SELECT year, index::text FROM price_indices WHERE programme_id = $1 ORDER BY year',
  localAuthorities: 'SELECT code FROM local_authorities WHERE programme_id = $1 ORDER BY code',
  resources: `SELECT r.category, la.code AS la_code, r.cost_type, r.quantity::text, r.unit_cost_pence, r.price_year,
      r.useful_life_years, r.bearer, r.date::text
    FROM resources r LEFT JOIN local_authorities la ON la.id = r.la_id WHERE r.programme_id = $1 ORDER BY r.id`,
};

/**
 * The ledger's sources, summed by what a minute's cost depends on: the
 * person's cost role and LA, the activity (for time entries also the entry's
 * own LA) and the stretch of dates in which no unit cost starts or ends
 * (`$2`, the dates where some unit cost period starts or the day after one
 * ends: within a stretch every date is priced by the same unit cost, or by
 * none). `date` is the stretch's first date with minutes, which the domain's
 * RateTable prices like any other date in it. Which minutes become which
 * activity, and which LA a line belongs to, stay with the domain's
 * ledgerLinesOf* functions.
 */
export const ledgerQueries = {
  familySessions: `SELECT s.cost_role, la.code AS la_code, min(fs.date)::text AS date,
      sum(fs.contact_minutes)::bigint AS contact, sum(fs.travel_minutes)::bigint AS travel, sum(fs.prep_minutes)::bigint AS prep
    FROM family_sessions fs JOIN staff s ON s.id = fs.practitioner_id LEFT JOIN local_authorities la ON la.id = s.la_id
    WHERE fs.programme_id = $1 GROUP BY s.cost_role, la.code, width_bucket(fs.date, $2::date[])`,
  supervisors: `SELECT s.cost_role, la.code AS la_code, min(ss.date)::text AS date,
      sum(ss.duration_minutes)::bigint AS duration, sum(ss.prep_minutes)::bigint AS prep
    FROM supervision_sessions ss JOIN staff s ON s.id = ss.supervisor_id LEFT JOIN local_authorities la ON la.id = s.la_id
    WHERE ss.programme_id = $1 GROUP BY s.cost_role, la.code, width_bucket(ss.date, $2::date[])`,
  supervisionAttendees: `SELECT s.cost_role, la.code AS la_code, min(ss.date)::text AS date, sum(ss.duration_minutes)::bigint AS duration
    FROM supervision_attendees a JOIN supervision_sessions ss ON ss.id = a.session_id
    JOIN staff s ON s.id = a.practitioner_id LEFT JOIN local_authorities la ON la.id = s.la_id
    WHERE a.programme_id = $1 GROUP BY s.cost_role, la.code, width_bucket(ss.date, $2::date[])`,
  timeEntries: `SELECT s.cost_role, sla.code AS staff_la_code, ela.code AS entry_la_code, min(t.date)::text AS date, t.activity,
      sum(t.minutes)::bigint AS minutes
    FROM time_entries t JOIN staff s ON s.id = t.staff_id LEFT JOIN local_authorities sla ON sla.id = s.la_id
    LEFT JOIN local_authorities ela ON ela.id = t.la_id
    WHERE t.programme_id = $1 GROUP BY s.cost_role, sla.code, ela.code, t.activity, width_bucket(t.date, $2::date[])`,
  staff: `SELECT s.code, s.cost_role, la.code AS la_code FROM staff s LEFT JOIN local_authorities la ON la.id = s.la_id
    WHERE s.programme_id = $1`,
  trainingEvents: `SELECT e.code, e.date::text AS date, e.type, e.duration_minutes,
      (SELECT array_agg(s.code ORDER BY t.position) FROM training_trainers t JOIN staff s ON s.id = t.staff_id
       WHERE t.event_id = e.id) AS trainer_codes
    FROM training_events e WHERE e.programme_id = $1`,
  trainingAttendees: `SELECT e.code AS event_code, s.code AS staff_code, a.minutes_attended
    FROM training_attendees a JOIN training_events e ON e.id = a.event_id JOIN staff s ON s.id = a.staff_id
    WHERE a.programme_id = $1`,
};

/** What the per-family and per-practitioner denominators are counted from. */
export const countQueries = {
  families: `SELECT f.reference, f.trial_arm, s.code AS practitioner_code, f.status
    FROM families f LEFT JOIN staff s ON s.id = f.practitioner_id WHERE f.programme_id = $1`,
  familySessionOutcomes: `SELECT DISTINCT f.reference, fs.outcome
    FROM family_sessions fs JOIN families f ON f.id = fs.family_id WHERE fs.programme_id = $1`,
  practitioners:
    'SELECT s.code FROM practitioners p JOIN staff s ON s.id = p.staff_id WHERE p.programme_id = $1',
  trainingEvents: 'SELECT code, type FROM training_events WHERE programme_id = $1',
  milestones: `SELECT s.code, m.type, m.outcome FROM milestones m JOIN staff s ON s.id = m.practitioner_id
    WHERE m.programme_id = $1`,
};
