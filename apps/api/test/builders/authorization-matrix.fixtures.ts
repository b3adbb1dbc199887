import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import { loadDemoProgramme } from '../../src/programme-data/package-import/demo-programme.loader';
import { UsersService } from '../../src/identity/users/users.service';

/**
 * The records the authorization matrix points its requests at. `own` is
 * what belongs to the demo accounts (LA1, practitioner P-LA1-01, supervised
 * by S-01); `other` is the same kind of record of LA2 (P-LA2-01, S-02).
 * A route's `:param` takes the fixture of the same name unless its line maps
 * it (`params: { id: 'timeEntryId' }`); add a key here when a new route
 * needs a new kind of record.
 */
export interface Fixtures {
  programmeId: string;
  laCode: string;
  staffCode: string;
  supervisorCode: string;
  month: string;
  familyRef: string;
  familySessionId: string;
  timeEntryId: string;
  supervisionSessionId: string;
  milestoneId: string;
  trainingEventId: string;
  ruleSetCode: string;
  userId: string;
  jobId: string;
  unitCostId: string;
  resourceId: string;
  year: string;
}

async function one(ds: DataSource, sql: string, params: unknown[]): Promise<string> {
  const rows = await ds.query<Array<{ v: unknown }>>(sql, params);
  if (rows.length === 0) throw new Error(`no fixture for: ${sql} ${JSON.stringify(params)}`);
  return String(rows[0]!.v);
}

async function forPractitioner(
  app: NestFastifyApplication,
  ds: DataSource,
  programmeId: string,
  staffCode: string,
  userEmail: string,
): Promise<Fixtures> {
  const staff = `(SELECT id FROM staff WHERE code = $1 AND programme_id = $2)`;
  const p = [staffCode, programmeId];
  return {
    programmeId,
    laCode: await one(
      ds,
      `SELECT la.code AS v FROM staff s JOIN local_authorities la ON la.id = s.la_id WHERE s.id = ${staff}`,
      p,
    ),
    staffCode,
    supervisorCode: await one(
      ds,
      `SELECT sup.code AS v FROM practitioners pr JOIN staff sup ON sup.id = pr.supervisor_id WHERE pr.staff_id = ${staff}`,
      p,
    ),
    month: '2021-10',
    familyRef: await one(
      ds,
      `SELECT reference AS v FROM families WHERE practitioner_id = ${staff} ORDER BY reference LIMIT 1`,
      p,
    ),
    familySessionId: await one(
      ds,
      `SELECT id AS v FROM family_sessions WHERE practitioner_id = ${staff} ORDER BY id LIMIT 1`,
      p,
    ),
    timeEntryId: await one(
      ds,
      `SELECT id AS v FROM time_entries WHERE staff_id = ${staff} ORDER BY id LIMIT 1`,
      p,
    ),
    supervisionSessionId: await one(
      ds,
      `SELECT session_id AS v FROM supervision_attendees WHERE practitioner_id = ${staff} ORDER BY id LIMIT 1`,
      p,
    ),
    milestoneId: await one(
      ds,
      `SELECT id AS v FROM milestones WHERE practitioner_id = ${staff} ORDER BY id LIMIT 1`,
      p,
    ),
    trainingEventId: await one(
      ds,
      `SELECT e.id AS v FROM training_events e JOIN training_attendees a ON a.event_id = e.id WHERE a.staff_id = ${staff} ORDER BY e.date LIMIT 1`,
      p,
    ),
    ruleSetCode: await one(ds, 'SELECT code AS v FROM rule_sets WHERE programme_id = $1 LIMIT 1', [
      programmeId,
    ]),
    userId: (await app.get(UsersService).idByEmail(userEmail)).toString(),
    jobId: '00000000-0000-4000-8000-000000000000',
    unitCostId: await one(
      ds,
      'SELECT id AS v FROM unit_costs WHERE programme_id = $1 ORDER BY id LIMIT 1',
      [programmeId],
    ),
    resourceId: await one(
      ds,
      'SELECT id AS v FROM resources WHERE programme_id = $1 ORDER BY id LIMIT 1',
      [programmeId],
    ),
    year: await one(
      ds,
      'SELECT year AS v FROM price_indices WHERE programme_id = $1 ORDER BY year LIMIT 1',
      [programmeId],
    ),
  };
}

/** Loads the demo programme and picks the records; the demo accounts must exist already. */
export async function loadFixtures(
  app: NestFastifyApplication,
  ds: DataSource,
): Promise<{ own: Fixtures; other: Fixtures }> {
  const result = await loadDemoProgramme(app, {
    principal: null,
    requestId: 'matrix',
    address: null,
  });
  if (!result.ok)
    throw new Error(`demo programme refused: ${JSON.stringify(result.errors.slice(0, 5))}`);
  const programmeId = result.programmeId;
  await app.get(UsersService).create({
    email: 'other.practitioner@attune.test',
    role: 'practitioner',
    laCode: 'LA2',
    staffCode: 'P-LA2-01',
    password: 'marble-fox-quarry',
  });
  return {
    own: await forPractitioner(app, ds, programmeId, 'P-LA1-01', 'practitioner@attune.test'),
    other: await forPractitioner(
      app,
      ds,
      programmeId,
      'P-LA2-01',
      'other.practitioner@attune.test',
    ),
  };
}
