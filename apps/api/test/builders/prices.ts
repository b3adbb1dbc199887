import assert from 'node:assert/strict';
import type { DataSource } from 'typeorm';
import type { DeliveryApp } from './delivery-app';

/** The users the price tests sign in: one of each role (la_manager and practitioner of LA1). */
export const PRICE_USERS = [
  { email: 'eco@t.test', role: 'economist' },
  { email: 'admin@t.test', role: 'admin' },
  { email: 'sup@t.test', role: 'supervisor', staffCode: 'S-01' },
  { email: 'm1@t.test', role: 'la_manager', laCode: 'LA1' },
  { email: 'p1@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-01' },
];

/** Prices for the delivery programme (price year 2021), through the API as the economist. */
export async function seedPrices(app: DeliveryApp): Promise<{ socialWorker: string }> {
  const put = await app.send('eco', 'PUT', '/price-index/2021', { index: '100' });
  assert.equal(put.statusCode, 200, put.body);
  const add = (costRole: string, hourlyCost: string) =>
    app.send('eco', 'POST', '/unit-costs', {
      costRole,
      hourlyCost,
      priceYear: 2021,
      basis: 'working_hour',
      source: 'PSSRU 2021',
      effectiveFrom: null,
      effectiveTo: null,
    });
  const social = await add('social_worker', '40.00');
  assert.equal(social.statusCode, 201, social.body);
  // The supervisor's time at nothing: the total is then the social workers' minutes at their rate.
  assert.equal((await add('vig_supervisor', '0.00')).statusCode, 201);
  return { socialWorker: social.json<{ id: string }>().id };
}

/** Rows of the price tables and of the audit log: a dry run must leave them as they were. */
export interface PriceRowCounts {
  unitCosts: number;
  priceIndices: number;
  resources: number;
  audit: number;
  unitCostVersions: number;
  indexVersions: number;
  resourceVersions: number;
}

export async function priceRowCounts(ds: DataSource): Promise<PriceRowCounts> {
  const [row] = await ds.query<PriceRowCounts[]>(
    `SELECT (SELECT count(*)::int FROM unit_costs) AS "unitCosts",
            (SELECT count(*)::int FROM price_indices) AS "priceIndices",
            (SELECT count(*)::int FROM resources) AS resources,
            (SELECT count(*)::int FROM audit_events) AS audit,
            (SELECT coalesce(sum(version), 0)::int FROM unit_costs) AS "unitCostVersions",
            (SELECT coalesce(sum(version), 0)::int FROM price_indices) AS "indexVersions",
            (SELECT coalesce(sum(version), 0)::int FROM resources) AS "resourceVersions"`,
  );
  return row!;
}

/** The newest audit event of an action, its before and after. */
export async function lastAudit(ds: DataSource, action: string) {
  const [row] = await ds.query<Array<{ entity_id: string; before: unknown; after: unknown }>>(
    'SELECT entity_id, before, after FROM audit_events WHERE action = $1 ORDER BY id DESC LIMIT 1',
    [action],
  );
  return row;
}

/** The social workers' minutes of the delivery programme's ledger, summed from its tables by hand. */
export async function socialWorkerMinutes(ds: DataSource): Promise<number> {
  const [row] = await ds.query<Array<{ minutes: number }>>(
    `SELECT ((SELECT coalesce(sum(fs.contact_minutes + fs.travel_minutes + fs.prep_minutes), 0)
                FROM family_sessions fs JOIN staff s ON s.id = fs.practitioner_id WHERE s.cost_role = 'social_worker')
           + (SELECT coalesce(sum(ss.duration_minutes), 0) FROM supervision_attendees a
                JOIN supervision_sessions ss ON ss.id = a.session_id JOIN staff s ON s.id = a.practitioner_id
                WHERE s.cost_role = 'social_worker')
           + (SELECT coalesce(sum(t.minutes), 0) FROM time_entries t JOIN staff s ON s.id = t.staff_id
                WHERE s.cost_role = 'social_worker'))::int AS minutes`,
  );
  return row!.minutes;
}
