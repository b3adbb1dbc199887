/**
 * A programme for the capacity benchmark, written straight into PostgreSQL
 * with generate_series: per LA, practitioners with 16 families each, ten
 * weekly sessions for every active or completed family, fortnightly group
 * supervision and weekly time entries, all dated around today.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repositoryRoot } from '../support/paths.js';

export interface PgClient {
  on(event: 'error', listener: (error: Error) => void): void;
  connect(): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
  end(): Promise<void>;
}
const apiDist = join(repositoryRoot, 'apps', 'api', 'dist');
const requireApi = createRequire(join(apiDist, 'main.js'));
export const { Client } = requireApi('pg') as {
  Client: new (o: { connectionString: string }) => PgClient;
};
export const { startEmbeddedPostgres } = requireApi('./platform/database/embedded.js') as {
  startEmbeddedPostgres: (o: {
    directory: string;
    persistent: boolean;
    log?: (chunk: string) => void;
  }) => Promise<{ url: string; stop(): Promise<void> }>;
};
export const { runMigrations } = requireApi('./platform/database/bootstrap.js') as {
  runMigrations: (url: string) => Promise<string[]>;
};
export const { hashPassword } = requireApi('./identity/users/password-hasher.js') as {
  hashPassword: (p: string) => Promise<string>;
};

/** One LA of `practitioners` with 16 families each, sessions, supervision and time, dated around today. */
export async function seedLa(
  db: PgClient,
  programmeId: string,
  code: string,
  practitioners: number,
): Promise<void> {
  const { rows } = await db.query(
    `INSERT INTO local_authorities (programme_id, code, name, version) VALUES ($1, $2, $3, 1) RETURNING id`,
    [programmeId, code, `Council ${code}`],
  );
  const la = rows[0]!.id as string;
  const p = [programmeId, la, code, practitioners];
  // Supervisors (provider staff, no LA): one for every 12 practitioners.
  await db.query(
    `INSERT INTO staff (programme_id, code, display_name, cost_role, la_id, version)
     SELECT $1, 'S-' || $3 || '-' || i, 'Supervisor ' || i, 'vig_supervisor', NULL, 1
     FROM generate_series(1, ceil($4::int / 12.0)::int) i WHERE $2::uuid IS NOT NULL`,
    p,
  );
  await db.query(
    `INSERT INTO staff (programme_id, code, display_name, cost_role, la_id, version)
     SELECT $1, 'P-' || $3 || '-' || lpad(i::text, 3, '0'), 'Practitioner ' || i, 'social_worker', $2, 1
     FROM generate_series(1, $4::int) i`,
    p,
  );
  await db.query(
    `INSERT INTO practitioners (staff_id, programme_id, substantive_role, fte, vig_hours_per_week, start_date, supervisor_id, status, version)
     SELECT s.id, $1, 'social_worker', 1.0, 7.5, CURRENT_DATE - 400, sup.id, 'active', 1
     FROM staff s JOIN staff sup ON sup.programme_id = $1
       AND sup.code = 'S-' || $3 || '-' || ((substr(s.code, length(s.code) - 2)::int - 1) / 12 + 1)
     WHERE s.programme_id = $1 AND s.la_id = $2::uuid AND $4::int > 0`,
    p,
  );
  // 16 families each: 10 active, 2 completed, 1 not proceeded, 1 withdrawn, 2 allocated.
  await db.query(
    `INSERT INTO families (programme_id, reference, la_id, referral_date, child_birth_month, plan_at_referral,
       court_proceedings, trial_arm, randomisation_date, practitioner_id, status, status_date, status_reason, version)
     SELECT $1, 'F-' || $3 || '-' || lpad((n * 16 + k)::text, 6, '0'), $2, CURRENT_DATE - 200 - k,
       to_char(CURRENT_DATE - 260, 'YYYY-MM'), CASE WHEN k % 3 = 0 THEN 'CP' ELSE 'CiN' END, k = 12,
       'intervention', CURRENT_DATE - 190 - k, s.id,
       CASE WHEN k < 10 THEN 'active' WHEN k < 12 THEN 'completed' WHEN k = 12 THEN 'not_proceeded'
            WHEN k = 13 THEN 'withdrawn' ELSE 'allocated' END,
       CURRENT_DATE - 150, CASE WHEN k = 12 THEN 'court_proceedings' WHEN k = 13 THEN 'family_withdrew' END, 1
     FROM (SELECT id, row_number() OVER (ORDER BY code) - 1 AS n FROM staff WHERE la_id = $2 AND $4::int > 0) s,
       generate_series(0, 15) k`,
    p,
  );
  // Ten weekly sessions for each active or completed family, the last some 0-29 days ago (some overdue).
  await db.query(
    `INSERT INTO family_sessions (programme_id, family_id, practitioner_id, date, type, cycle, outcome,
       contact_minutes, travel_minutes, prep_minutes, version)
     SELECT $1, f.id, f.practitioner_id, CURRENT_DATE - (hashtext(f.reference) & 1023) % 30 - 7 * w,
       CASE WHEN w % 2 = 0 THEN 'filming' ELSE 'shared_review' END, w % 3 + 1,
       CASE WHEN w = 3 THEN 'cancelled_by_family' ELSE 'held' END, 60, 20, 45, 1
     FROM families f, generate_series(0, 9) w
     WHERE f.la_id = $2 AND f.status IN ('active', 'completed')`,
    [programmeId, la],
  );
  // Fortnightly group supervision for each supervisor's practitioners over a year.
  await db.query(
    `INSERT INTO supervision_sessions (programme_id, code, date, supervisor_id, format, mode, duration_minutes, prep_minutes, version)
     SELECT $1, sup.code || '-' || w, CURRENT_DATE - 14 * w, sup.id, 'group', 'remote', 90, 20, 1
     FROM staff sup, generate_series(0, 25) w WHERE sup.programme_id = $1 AND sup.code LIKE 'S-' || $2 || '-%'`,
    [programmeId, code],
  );
  await db.query(
    `INSERT INTO supervision_attendees (programme_id, session_id, practitioner_id)
     SELECT $1, ss.id, pr.staff_id FROM supervision_sessions ss JOIN practitioners pr ON pr.supervisor_id = ss.supervisor_id
     WHERE ss.programme_id = $1 AND pr.programme_id = $1 AND ss.code LIKE 'S-' || $2 || '-%'`,
    [programmeId, code],
  );
  // Weekly case recording for a year.
  await db.query(
    `INSERT INTO time_entries (programme_id, staff_id, date, activity, minutes, version)
     SELECT $1, s.id, CURRENT_DATE - 7 * w, 'case_recording', 45, 1
     FROM staff s, generate_series(0, 51) w WHERE s.la_id = $2`,
    [programmeId, la],
  );
}
