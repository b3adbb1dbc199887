import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, TestApp } from '../../testing/test-app';
import { createDemoAccounts, DEMO_ACCOUNTS } from './demo-accounts';
import { Fixtures, loadFixtures } from '../../../test/builders/authorization-matrix.fixtures';
import { Route, routeTable } from './route-table';
import { CSRF_HEADERS, signIn } from '../../../test/builders/users';

/*
 * The authorization matrix: every route of the API x every role x own LA /
 * other LA has an expected outcome, and the test fails when a route has no
 * line (or a line names a route that is gone).
 *
 * HOW TO ADD A ROUTE: add one line to MATRIX, keyed `METHOD /api/path` exactly
 * as the failure message prints it, with one cell per role in the order
 *   [admin, supervisor, la_manager, practitioner, economist]
 * Each cell is an outcome, or `own/other` when it differs between the
 * caller's own records (LA1, P-LA1-01, supervised by S-01) and another LA's
 * (LA2, P-LA2-01, S-02):
 *   A  allow   passes authorisation (any status but 401, 403 or 5xx; 404 too)
 *   D  deny    403
 *   H  hidden  404 (the record exists but is not the caller's to see)
 *   R  rows    200 and a non-empty `items` (or array)
 *   E  empty   200 and no items (the query was scoped)
 * e.g. `[A, D, 'R/E', 'R/E', D]`. Options after the cells:
 *   params: { id: 'timeEntryId' }   which fixture fills `:id` (see authorization-matrix.fixtures.ts;
 *                                   a param named like a fixture, e.g. :programmeId, fills itself)
 *   query: 'laCode={laCode}'        query string; {names} are filled from the fixtures
 *   body: { version: 1 }            the JSON body of a write (default {}), so that an allowed role
 *                                   gets past validation to the row-level check
 *   endsSession: true               the route signs the caller out (the test signs in again)
 * Unsafe requests carry the CSRF header and an empty JSON body `{}`, so for
 * most writes an allowed role gets 400 (validation), which counts as allow.
 * `ATTUNE_MATRIX_PRINT=1 npm test -w @attune/api` prints every route's
 * observed line, to copy from once you have checked it is what you mean.
 */
const A = 'A';
const D = 'D';
const H = 'H';
const R = 'R';
const E = 'E';
type Outcome = typeof A | typeof D | typeof H | typeof R | typeof E;
type Cell = Outcome | `${Outcome}/${Outcome}`;
type Cells = [admin: Cell, supervisor: Cell, la_manager: Cell, practitioner: Cell, economist: Cell];
interface Options {
  params?: Record<string, keyof Fixtures>;
  query?: string;
  /** Body of an unsafe request (default `{}`); string values are filled like `query`. */
  body?: Record<string, unknown>;
  endsSession?: boolean;
}
type Line = { public: true; endsSession?: boolean } | ({ cells: Cells } & Options);
const PUBLIC: Line = { public: true };
const line = (cells: Cells, options: Options = {}): Line => ({ cells, ...options });

// prettier-ignore
const MATRIX: Record<string, Line> = {
  // Identity, access and audit
  'GET /api/health':                                                      PUBLIC,
  'POST /api/auth/login':                                                 PUBLIC,
  'POST /api/auth/logout':                                                { public: true, endsSession: true },
  'GET /api/auth/me':                                                     line([A, A, A, A, A]),
  'POST /api/auth/password':                                              line([A, A, A, A, A]),
  'GET /api/users':                                                       line([R, D, D, D, D]),
  'POST /api/users':                                                      line([A, D, D, D, D]),
  'PATCH /api/users/:id':                                                 line([A, D, D, D, D], { params: { id: 'userId' } }),
  'POST /api/users/:id/reset-password':                                   line([A, D, D, D, D], { params: { id: 'userId' } }),
  'GET /api/audit-events':                                                line([R, D, D, D, D]),
  'GET /api/audit-events.csv':                                            line([A, D, D, D, D]),
  // Programmes, packages, costs, jobs
  'GET /api/programmes':                                                  line([R, R, R, R, R]),
  'POST /api/programmes/import':                                          line([A, D, D, D, D]),
  'PATCH /api/programmes/:programmeId':                                   line([A, D, D, D, D]),
  // A version no programme has: the admin's delete is refused (409), the fixture stays.
  'GET /api/programmes/:programmeId/local-authorities':                   line([R, R, R, R, R]),
  'POST /api/programmes/:programmeId/local-authorities':                  line([A, D, D, D, D]),
  'PATCH /api/programmes/:programmeId/local-authorities/:code':           line([A, D, D, D, D], { params: { code: 'laCode' } }),
  'GET /api/programmes/:programmeId/staff':                               line([R, R, R, R, R]),
  'POST /api/programmes/:programmeId/staff':                              line([A, D, D, D, D]),
  'PATCH /api/programmes/:programmeId/staff/:code':                       line([A, D, D, D, D], { params: { code: 'staffCode' } }),
  'GET /api/programmes/:programmeId/practitioners':                       line([R, R, R, R, D]),
  'POST /api/programmes/:programmeId/practitioners':                      line([A, D, D, D, D]),
  'PATCH /api/programmes/:programmeId/practitioners/:code':               line([A, D, D, D, D], { params: { code: 'staffCode' } }),
  'DELETE /api/programmes/:programmeId':                                  line([A, D, D, D, D], { query: 'version=999999' }),
  'GET /api/programmes/:id/package':                                      line([A, D, D, D, A], { params: { id: 'programmeId' } }),
  'GET /api/programmes/:id/cost-summary':                                 line([A, D, D, D, A], { params: { id: 'programmeId' } }),
  'GET /api/programmes/:id/ledger':                                       line([A, D, D, D, A], { params: { id: 'programmeId' } }),
  'GET /api/programmes/:id/ledger.csv':                                   line([A, D, D, D, A], { params: { id: 'programmeId' } }),
  'GET /api/programmes/:id/ledger/months':                                line([A, D, D, D, A], { params: { id: 'programmeId' } }),
  'GET /api/programmes/:id/cost-summary.csv':                             line([A, D, D, D, A], { params: { id: 'programmeId' } }),
  'GET /api/programmes/:programmeId/fidelity':                            line([A, A, A, D, A]),
  'GET /api/programmes/:id/sensitivity':                                  line([A, D, D, D, A], { params: { id: 'programmeId' } }),
  'GET /api/programmes/:id/workbook':                                     line([A, D, D, D, A], { params: { id: 'programmeId' } }),
  'POST /api/programmes/:id/workbook-jobs':                               line([A, D, D, D, A], { params: { id: 'programmeId' } }),
  'GET /api/jobs/:jobId':                                                 line([A, D, D, D, A]),
  'GET /api/jobs/:jobId/download':                                        line([A, D, D, D, A]),
  'GET /api/programmes/:programmeId/unit-costs':                          line([R, D, D, D, R]),
  'POST /api/programmes/:programmeId/unit-costs':                         line([D, D, D, D, A]),
  'PATCH /api/programmes/:programmeId/unit-costs/:unitCostId':            line([D, D, D, D, A]),
  'DELETE /api/programmes/:programmeId/unit-costs/:unitCostId':           line([D, D, D, D, A], { query: 'version=999999' }),
  'GET /api/programmes/:programmeId/price-index':                         line([R, D, D, D, R]),
  'PUT /api/programmes/:programmeId/price-index/:year':                   line([D, D, D, D, A]),
  'DELETE /api/programmes/:programmeId/price-index/:year':                line([D, D, D, D, A], { query: 'version=999999' }),
  'GET /api/programmes/:programmeId/resources':                           line([R, D, D, D, R]),
  'POST /api/programmes/:programmeId/resources':                          line([D, D, D, D, A]),
  'PATCH /api/programmes/:programmeId/resources/:resourceId':             line([D, D, D, D, A]),
  'DELETE /api/programmes/:programmeId/resources/:resourceId':            line([D, D, D, D, A], { query: 'version=999999' }),
  'GET /api/programmes/:programmeId/rule-sets':                           line([R, R, R, R, R]),
  'POST /api/programmes/:programmeId/rule-sets':                          line([A, D, D, D, D]),
  'PATCH /api/programmes/:programmeId/rule-sets/:code':                   line([A, D, D, D, D], { params: { code: 'ruleSetCode' } }),
  'PATCH /api/programmes/:programmeId/rule-set-in-force':                 line([A, D, D, D, D]),
  // Delivery: families, sessions, time, capacity, period locks
  'GET /api/programmes/:programmeId/families':                            line([R, 'R/E', 'R/E', 'R/E', D], { query: 'laCode={laCode}' }),
  'GET /api/programmes/:programmeId/families/export':                     line([A, A, A, A, D], { query: 'laCode={laCode}' }),
  'GET /api/programmes/:programmeId/families/:reference':                 line([A, 'A/H', 'A/H', 'A/H', D], { params: { reference: 'familyRef' } }),
  'POST /api/programmes/:programmeId/families':                           line([A, D, A, A, D]),
  'PATCH /api/programmes/:programmeId/families/:reference':               line([A, D, A, A, D], { params: { reference: 'familyRef' }, body: { version: 1 } }),
  'POST /api/programmes/:programmeId/families/:reference/allocation':     line([A, D, A, A, D], { params: { reference: 'familyRef' } }),
  'POST /api/programmes/:programmeId/families/:reference/randomisation':  line([A, D, A, A, D], { params: { reference: 'familyRef' } }),
  'POST /api/programmes/:programmeId/families/:reference/randomise':      line([A, D, 'A/H', D, D], { params: { reference: 'familyRef' } }),
  'POST /api/programmes/:programmeId/families/:reference/status':         line([A, D, A, A, D], { params: { reference: 'familyRef' } }),
  'GET /api/programmes/:programmeId/family-sessions':                     line([R, 'R/E', 'R/E', 'R/E', D], { query: 'laCode={laCode}' }),
  'POST /api/programmes/:programmeId/family-sessions':                    line([A, D, D, A, D]),
  'PATCH /api/programmes/:programmeId/family-sessions/:id':               line([A, D, 'A/H', 'A/H', D], { params: { id: 'familySessionId' }, body: { version: 1 } }),
  'DELETE /api/programmes/:programmeId/family-sessions/:id':              line([A, D, 'A/H', 'A/H', D], { params: { id: 'familySessionId' }, query: 'version=1' }),
  'GET /api/programmes/:programmeId/time-entries':                        line([R, 'R/E', 'R/E', 'R/E', D], { query: 'laCode={laCode}' }),
  'POST /api/programmes/:programmeId/time-entries':                       line([A, A, A, A, D]),
  'POST /api/programmes/:programmeId/time-entries/import':                line([A, D, A, D, D]),
  'GET /api/programmes/:programmeId/time-entries/template.csv':          line([A, D, A, D, D]),
  'GET /api/programmes/:programmeId/time-entries/template.xlsx':         line([A, D, A, D, D]),
  'PATCH /api/programmes/:programmeId/time-entries/:id':                  line([A, H, 'A/H', 'A/H', D], { params: { id: 'timeEntryId' }, body: { version: 1 } }),
  'DELETE /api/programmes/:programmeId/time-entries/:id':                 line([A, H, 'A/H', 'A/H', D], { params: { id: 'timeEntryId' }, query: 'version=1' }),
  'GET /api/programmes/:programmeId/capacity':                            line([R, D, 'R/E', D, D], { query: 'laCode={laCode}' }),
  'GET /api/programmes/:programmeId/capacity/export':                     line([A, D, A, D, D], { query: 'laCode={laCode}' }),
  'GET /api/programmes/:programmeId/dashboard/intake':                    line([A, D, A, D, D], { query: 'laCode={laCode}' }),
  'GET /api/programmes/:programmeId/dashboard/intake/export':             line([A, D, A, D, D], { query: 'laCode={laCode}' }),
  'GET /api/programmes/:programmeId/dashboard/not-proceeded':             line([A, D, A, D, A], { query: 'laCode={laCode}' }),
  'GET /api/programmes/:programmeId/dashboard/not-proceeded/export':      line([A, D, A, D, A], { query: 'laCode={laCode}' }),
  'GET /api/programmes/:programmeId/trial-flow':                          line([A, D, A, D, D], { query: 'laCode={laCode}' }),
  'GET /api/programmes/:programmeId/trial-flow.csv':                      line([A, D, A, D, D], { query: 'laCode={laCode}' }),
  'GET /api/programmes/:programmeId/collections-due':                     line([A, D, A, D, D], { query: 'laCode={laCode}' }),
  'GET /api/programmes/:programmeId/collections-due/summary':             line([A, D, A, D, D], { query: 'laCode={laCode}' }),
  'POST /api/programmes/:programmeId/ineligible-referrals':               line([A, D, A, A, D]),
  'GET /api/programmes/:programmeId/period-locks':                        line([E, D, E, E, D], { query: 'laCode={laCode}' }),
  'POST /api/programmes/:programmeId/period-locks':                       line([A, D, A, D, D]),
  'GET /api/programmes/:programmeId/period-locks/review':                 line([A, D, 'A/H', D, D], { query: 'laCode={laCode}&month=2022-01' }),
  'GET /api/programmes/:programmeId/time-entries.csv':                    line([A, A, A, A, D], { query: 'laCode={laCode}' }),
  'GET /api/programmes/:programmeId/family-sessions.csv':                 line([A, A, A, A, D], { query: 'laCode={laCode}' }),
  'GET /api/programmes/:programmeId/supervision-sessions.csv':            line([A, A, D, A, D]),
  'GET /api/programmes/:programmeId/training-attendance.csv':             line([A, A, D, A, D]),
  'DELETE /api/programmes/:programmeId/period-locks/:laCode/:month':      line([A, D, D, D, D]),
  // Accreditation: supervision, milestones, training
  'GET /api/programmes/:programmeId/accreditation':                       line([R, R, 'R/E', 'R/E', D], { query: 'laCode={laCode}' }),
  'GET /api/programmes/:programmeId/accreditation/details':               line([R, R, 'R/E', 'R/E', D], { query: 'laCode={laCode}' }),
  'GET /api/programmes/:programmeId/supervision-form':                    line([A, A, D, D, D]),
  'GET /api/programmes/:programmeId/supervision-sessions':                line([R, R, D, 'R/E', D], { query: 'laCode={laCode}' }),
  'GET /api/programmes/:programmeId/supervision-sessions/:id':            line([A, A, D, 'A/H', D], { params: { id: 'supervisionSessionId' } }),
  'POST /api/programmes/:programmeId/supervision-sessions':               line([A, A, D, D, D]),
  'PATCH /api/programmes/:programmeId/supervision-sessions/:id':          line([A, A, D, D, D], { params: { id: 'supervisionSessionId' } }),
  'DELETE /api/programmes/:programmeId/supervision-sessions/:id':         line([A, 'A/D', D, D, D], { params: { id: 'supervisionSessionId' }, query: 'version=1' }),
  'GET /api/programmes/:programmeId/milestones':                          line([R, R, D, 'R/E', D], { query: 'laCode={laCode}' }),
  'GET /api/programmes/:programmeId/milestones/:id':                      line([A, A, D, 'A/H', D], { params: { id: 'milestoneId' } }),
  'POST /api/programmes/:programmeId/milestones':                         line([A, A, D, D, D]),
  'PATCH /api/programmes/:programmeId/milestones/:id':                    line([A, A, D, D, D], { params: { id: 'milestoneId' } }),
  'DELETE /api/programmes/:programmeId/milestones/:id':                   line([A, 'A/D', D, D, D], { params: { id: 'milestoneId' }, query: 'version=1' }),
  'GET /api/programmes/:programmeId/training-events':                     line([R, R, D, R, D], { query: 'staffCode={staffCode}' }),
  'GET /api/programmes/:programmeId/training-events/:id':                 line([A, A, D, A, D], { params: { id: 'trainingEventId' } }),
  'POST /api/programmes/:programmeId/training-events':                    line([A, A, D, D, D]),
  'PATCH /api/programmes/:programmeId/training-events/:id':               line([A, A, D, D, D], { params: { id: 'trainingEventId' } }),
  'DELETE /api/programmes/:programmeId/training-events/:id':              line([A, D, D, D, D], { params: { id: 'trainingEventId' }, query: 'version=1' }),
};

const ROLE_ORDER = ['admin', 'supervisor', 'la_manager', 'practitioner', 'economist'] as const;
type RoleName = (typeof ROLE_ORDER)[number];
const DUMMY_ID = '00000000-0000-4000-8000-000000000000';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function fill(template: string, fixtures: Fixtures): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = fixtures[name as keyof Fixtures];
    if (value === undefined) throw new Error(`no fixture named ${name}`);
    return encodeURIComponent(value);
  });
}

function url(route: Route, options: Options, fixtures: Fixtures): string {
  const path = route.path.replace(/:(\w+)/g, (_m, param: string) => {
    const key =
      options.params?.[param] ?? (param in fixtures ? (param as keyof Fixtures) : undefined);
    return encodeURIComponent(key ? fixtures[key] : DUMMY_ID);
  });
  return options.query ? `${path}?${fill(options.query, fixtures)}` : path;
}

function body(options: Options, fixtures: Fixtures): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(options.body ?? {}).map(([k, v]) => [
      k,
      typeof v === 'string' ? decodeURIComponent(fill(v, fixtures)) : v,
    ]),
  );
}

function observe(response: LightMyRequestResponse): string {
  const status = response.statusCode;
  if (status === 401 || status >= 500) return `${status}!`;
  if (status === 403) return D;
  if (status === 404) return H;
  if (status === 200 && String(response.headers['content-type']).startsWith('application/json')) {
    const body: unknown = response.json();
    const items = Array.isArray(body) ? body : (body as { items?: unknown })?.items;
    if (Array.isArray(items)) return items.length > 0 ? R : E;
  }
  return A;
}

/** `allow` takes any answer past authorisation, a 404 for a made-up id included. */
function matches(expected: Outcome, observed: string): boolean {
  return expected === A ? [A, R, E, H].includes(observed) : expected === observed;
}

describe('authorization matrix: every route x every role x own / other LA', () => {
  let t: TestApp;
  let routes: Route[];
  let fixtures: { own: Fixtures; other: Fixtures };
  const sessions = new Map<RoleName, Record<string, string>>();
  const password = { value: '' };

  beforeAll(async () => {
    t = await createTestApp();
    routes = routeTable(t.app);
    password.value = (await createDemoAccounts(t.app)).password;
    fixtures = await loadFixtures(t.app, t.db.dataSource);
    for (const role of ROLE_ORDER) await signInAs(role);
  });
  afterAll(async () => t.close());

  async function signInAs(role: RoleName): Promise<void> {
    const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
    sessions.set(role, await signIn(t.app, account.email, password.value));
  }

  it('reads a route table that has the routes it should', () => {
    const keys = routes.map((r) => r.key);
    for (const key of [
      'GET /api/health',
      'POST /api/auth/login',
      'GET /api/auth/me',
      'GET /api/audit-events',
    ]) {
      assert.ok(keys.includes(key), `${key} is missing from the route table`);
    }
  });

  it('has a line for every route, and no line for a route that does not exist', () => {
    const missing = routes.filter((r) => !(r.key in MATRIX)).map((r) => r.key);
    const stale = Object.keys(MATRIX).filter((k) => !routes.some((r) => r.key === k));
    assert.deepEqual(
      missing,
      [],
      `Add a line to MATRIX in auth/authorization-matrix.integration-spec.ts for each of:\n${missing
        .map((k) => `  '${k}': line([A, D, D, D, D]),`)
        .join('\n')}`,
    );
    assert.deepEqual(stale, [], 'Lines for routes that no longer exist: remove them');
  });

  it('declares @Public() or @Authorize() on every route, as its line says', () => {
    for (const route of routes) {
      assert.ok(
        route.isPublic || route.requirement,
        `${route.key} declares neither @Public() nor @Authorize()`,
      );
      const entry = MATRIX[route.key];
      if (entry)
        assert.equal(
          route.isPublic,
          'public' in entry,
          `${route.key}: public in the code and in MATRIX must agree`,
        );
    }
  });

  it('refuses every non-public route without a session (401)', async () => {
    for (const route of routes.filter((r) => !r.isPublic)) {
      const entry = MATRIX[route.key];
      const options = entry && 'cells' in entry ? entry : {};
      const response = await t.app.inject({
        method: route.method as 'GET',
        url: url(route, options, fixtures.own),
        headers: CSRF_HEADERS,
        ...(UNSAFE.has(route.method) ? { payload: {} } : {}),
      });
      assert.equal(
        response.statusCode,
        401,
        `${route.key} without a session answered ${response.statusCode}`,
      );
    }
  });

  it('gives each role on each route the expected outcome, on its own LA and on another', async () => {
    const failures: string[] = [];
    const printed: string[] = [];
    // Deletes last, so that they do not take away what other routes are tried on.
    const ordered = [...routes].sort(
      (a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'),
    );
    for (const route of ordered) {
      const known = MATRIX[route.key];
      // A route without a line is reported by the test above; printing still shows what it does.
      if (!known && !process.env.ATTUNE_MATRIX_PRINT) continue;
      const entry: Line = known ?? { cells: undefined as unknown as Cells };
      const options: Options = 'cells' in entry ? entry : {};
      const observed: Record<RoleName, string> = {} as Record<RoleName, string>;
      const statuses: string[] = [];
      // The admin goes last too: an admin's allowed write must not change what others are tried on.
      for (const role of [...ROLE_ORDER.slice(1), ROLE_ORDER[0]]) {
        const seen: string[] = [];
        for (const variant of ['other', 'own'] as const) {
          const response = await t.app.inject({
            method: route.method as 'GET',
            url: url(route, options, fixtures[variant]),
            headers: sessions.get(role)!,
            ...(UNSAFE.has(route.method) ? { payload: body(options, fixtures[variant]) } : {}),
          });
          seen.unshift(observe(response));
          statuses.push(`${role[0]}${variant[0]}${response.statusCode}`);
          if (response.statusCode >= 500)
            failures.push(
              `${route.key} as ${role} (${variant}): ${response.statusCode} ${response.body.slice(0, 200)}`,
            );
          if (entry.endsSession) await signInAs(role);
        }
        observed[role] = seen[0] === seen[1] ? seen[0]! : `${seen[0]}/${seen[1]}`;
        if ('cells' in entry && entry.cells) {
          const cell = entry.cells[ROLE_ORDER.indexOf(role)]!;
          const [own, other = own] = cell.split('/') as [Outcome, Outcome?];
          if (!matches(own, seen[0]!) || !matches(other, seen[1]!)) {
            failures.push(`${route.key} as ${role}: expected ${cell}, got ${observed[role]}`);
          }
        } else if (seen.some((s) => s === D || s.endsWith('!'))) {
          failures.push(`${route.key} is public but answered ${observed[role]} to ${role}`);
        }
      }
      const cells = ROLE_ORDER.map((r) =>
        observed[r].includes('/') ? `'${observed[r]}'` : observed[r],
      );
      printed.push(
        `  '${route.key}':${' '.repeat(Math.max(1, 60 - route.key.length))}line([${cells.join(', ')}]),` +
          (process.env.ATTUNE_MATRIX_PRINT === 'status' ? ` // ${statuses.join(' ')}` : ''),
      );
    }
    if (process.env.ATTUNE_MATRIX_PRINT) console.log(`Observed:\n${printed.join('\n')}`);
    assert.deepEqual(failures, [], failures.join('\n'));
  });
});
