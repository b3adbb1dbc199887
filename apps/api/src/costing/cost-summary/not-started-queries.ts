/**
 * The ledger's sources that name a family, for the families in `$3` (references), summed as
 * ledgerQueries sums them and by family too: the cost of referrals that never started. Few
 * families, so few rows.
 */
export const notStartedQueries = {
  familySessions: `SELECT f.reference, s.cost_role, la.code AS la_code, min(fs.date)::text AS date,
      sum(fs.contact_minutes)::bigint AS contact, sum(fs.travel_minutes)::bigint AS travel, sum(fs.prep_minutes)::bigint AS prep
    FROM family_sessions fs JOIN families f ON f.id = fs.family_id JOIN staff s ON s.id = fs.practitioner_id
    LEFT JOIN local_authorities la ON la.id = s.la_id
    WHERE fs.programme_id = $1 AND f.reference = ANY($3::text[])
    GROUP BY f.reference, s.cost_role, la.code, width_bucket(fs.date, $2::date[])`,
  supervisionAttendees: `SELECT f.reference, s.cost_role, la.code AS la_code, min(ss.date)::text AS date,
      sum(ss.duration_minutes)::bigint AS duration
    FROM supervision_attendees a JOIN supervision_sessions ss ON ss.id = a.session_id JOIN families f ON f.id = a.family_id
    JOIN staff s ON s.id = a.practitioner_id LEFT JOIN local_authorities la ON la.id = s.la_id
    WHERE a.programme_id = $1 AND f.reference = ANY($3::text[])
    GROUP BY f.reference, s.cost_role, la.code, width_bucket(ss.date, $2::date[])`,
  timeEntries: `SELECT f.reference, s.cost_role, sla.code AS staff_la_code, ela.code AS entry_la_code, t.activity,
      min(t.date)::text AS date, sum(t.minutes)::bigint AS minutes
    FROM time_entries t JOIN families f ON f.id = t.family_id JOIN staff s ON s.id = t.staff_id
    LEFT JOIN local_authorities sla ON sla.id = s.la_id LEFT JOIN local_authorities ela ON ela.id = t.la_id
    WHERE t.programme_id = $1 AND f.reference = ANY($3::text[])
    GROUP BY f.reference, s.cost_role, sla.code, ela.code, t.activity, width_bucket(t.date, $2::date[])`,
};
