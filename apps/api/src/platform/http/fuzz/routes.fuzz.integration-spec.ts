import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createDemoAccounts, DEMO_ACCOUNTS } from '../../../identity/auth/demo-accounts';
import {
  type Fixtures,
  loadFixtures,
} from '../../../../test/builders/authorization-matrix.fixtures';
import { signIn } from '../../../../test/builders/users';
import { createTestApp, type TestApp } from '../../../testing/test-app';
import {
  assertClientAnswer,
  dtoBody,
  encode,
  fieldValue,
  FUZZ_SEED,
  installWriteCounter,
  ODD_BODIES,
  plausibleValues,
  queryPart,
  writeMark,
  writtenSince,
} from '../../../../test/fuzz/fuzz-support';
import { routeInputs, type RouteInputs } from '../../../../test/fuzz/route-inputs';

/*
 * Property-based fuzzing of every route the route table lists: each write
 * route with generated bodies, path parameters and query strings, each read
 * route with generated query strings, as every role. The properties: no 5xx
 * (always Attune's error body), and no row of any table written by a request
 * that got a 4xx (a trigger on every table counts writes, in the writing
 * transaction; the audit log is counted too). Fixed seed (FUZZ_SEED).
 */
const WRITE_RUNS = 3200;
const READ_RUNS = 1800;

const ROLES = ['admin', 'supervisor', 'la_manager', 'practitioner', 'economist'] as const;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes whose failures are recorded by design: failed sign-ins are throttled and audited. */
const RECORDS_FAILURES = new Set(['POST /api/auth/login', 'POST /api/auth/password']);
const FAILURE_TABLES = ['audit_events', 'sign_in_attempts'];
/**
 * Routes left out of the loop, each for a reason: logout ends the caller's
 * session; deleting the programme would end the fixture every other case needs
 * (its refusals are in programme-settings.integration-spec.ts).
 */
const SKIPPED = new Set(['POST /api/auth/logout', 'DELETE /api/programmes/:programmeId']);

const NASTY_PARAMS = [
  '%00',
  encode('\ud800'),
  '99999999999999999999',
  '-1',
  'abc',
  '00000000-0000-4000-8000-000000000000',
  '2022-02-30',
  '0000-01',
  'a'.repeat(300),
];

describe('fuzzing every route (fast-check, fixed seed)', () => {
  let t: TestApp;
  let routes: RouteInputs[];
  let fixtures: Fixtures;
  let plausible: unknown[];
  const sessions = new Map<string, Record<string, string>>();
  let password = '';
  let cases = 0;
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    t = await createTestApp({ ATTUNE_JOB_WORKER: 'false' });
    password = (await createDemoAccounts(t.app)).password;
    fixtures = (await loadFixtures(t.app, t.db.dataSource)).own;
    plausible = plausibleValues(fixtures as unknown as Record<string, string>);
    routes = routeInputs(t.app).filter((r) => !SKIPPED.has(r.key));
    for (const role of ROLES) await signInAs(role);
    await installWriteCounter(t.db.dataSource);
  });
  afterAll(async () => {
    const seen = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
    console.log(`# fuzz cases run: ${cases} (${seen.join(', ')})`);
    await t.close();
  });

  async function signInAs(role: string) {
    const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
    sessions.set(role, await signIn(t.app, account.email, password));
  }

  const param = (name: string) =>
    fc.oneof(
      {
        weight: 3,
        arbitrary: fc.constant(
          encodeURIComponent(
            String(
              (fixtures as unknown as Record<string, string>)[name] ??
                (name === 'id' ? fixtures.timeEntryId : fixtures.laCode),
            ),
          ),
        ),
      },
      { weight: 2, arbitrary: fc.constantFrom(...NASTY_PARAMS) },
    );

  function pathOf(route: RouteInputs, values: string[]): string {
    let i = 0;
    return route.path.replace(/:(\w+)/g, () => values[i++]!);
  }

  function queryOf(route: RouteInputs): fc.Arbitrary<string> {
    const fields = route.query ?? [];
    const known = fields.map((f) =>
      fc.option(
        fieldValue(f, plausible).map((v) => queryPart(f.name, v)),
        { freq: 2 },
      ),
    );
    return fc
      .tuple(
        fc.tuple(...known),
        fc.option(fc.constantFrom('unknown=1', 'laCode=%00', 'page=1e10', 'x%00=1'), { freq: 6 }),
      )
      .map(([parts, extra]) => [...parts, extra].filter((p): p is string => !!p).join('&'));
  }

  function request(route: RouteInputs, write: boolean) {
    const body = write
      ? fc.oneof(
          { weight: 6, arbitrary: dtoBody(route.body ?? [], plausible).map((b) => ({ json: b })) },
          { weight: 1, arbitrary: fc.constantFrom(...ODD_BODIES).map((odd) => ({ odd })) },
        )
      : fc.constant(null);
    return fc.record({
      role: fc.constantFrom(...ROLES),
      params: fc.tuple(...route.params.map(param)),
      query: queryOf(route),
      body,
    });
  }

  async function runOne(
    route: RouteInputs,
    input: {
      role: string;
      params: string[];
      query: string;
      body: null | { json: unknown } | { odd: { payload: string; contentType: string } };
    },
  ): Promise<void> {
    cases++;
    const headers = { ...sessions.get(input.role)! };
    let payload: string | undefined;
    if (input.body && 'json' in input.body) {
      payload = JSON.stringify(input.body.json);
      headers['content-type'] = 'application/json';
    } else if (input.body) {
      payload = input.body.odd.payload;
      headers['content-type'] = input.body.odd.contentType;
    }
    const url = `${pathOf(route, input.params)}${input.query ? `?${input.query}` : ''}`;
    const before = await writeMark(t.db.dataSource);
    const response = await t.app.inject({
      method: route.method as 'GET',
      url,
      headers,
      payload,
    });
    const what = `${input.role} ${route.method} ${url} ${(payload ?? '').slice(0, 300)}`;
    statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
    assertClientAnswer(response, what);
    if (response.statusCode >= 400) {
      const written = await writtenSince(t.db.dataSource, before);
      const allowed = RECORDS_FAILURES.has(route.key) ? FAILURE_TABLES : [];
      assert.deepEqual(
        written.filter((table) => !allowed.includes(table)),
        [],
        `${what}: a ${response.statusCode} wrote rows`,
      );
      if (!RECORDS_FAILURES.has(route.key)) {
        const now = await writeMark(t.db.dataSource);
        assert.equal(now.audit, before.audit, `${what}: a ${response.statusCode} was audited`);
      }
    }
    // A request that ended the caller's session (their account disabled, say): sign in again.
    if (response.statusCode === 401 && !RECORDS_FAILURES.has(route.key)) {
      await signInAs(input.role).catch(() => undefined);
    }
  }

  it(`write routes: ${WRITE_RUNS} generated requests, no 5xx, nothing written on a 4xx`, async () => {
    const writes = routes.filter((r) => UNSAFE.has(r.method) && !r.multipart);
    assert.ok(writes.length >= 30, `only ${writes.length} write routes found`);
    const before = await writeMark(t.db.dataSource, true);
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...writes)
          .chain((route) => request(route, true).map((input) => ({ route, input }))),
        async ({ route, input }) => runOne(route, input),
      ),
      { seed: FUZZ_SEED, numRuns: WRITE_RUNS, endOnFailure: true },
    );
    const afterAll = await writeMark(t.db.dataSource, true);
    assert.ok(afterAll.rows >= before.rows - 50, 'the fuzz did not wipe the data it fuzzed');
  });

  it(`read routes: ${READ_RUNS} generated query strings, no 5xx, nothing written`, async () => {
    const reads = routes.filter((r) => r.method === 'GET');
    assert.ok(reads.length >= 30, `only ${reads.length} read routes found`);
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...reads)
          .chain((route) => request(route, false).map((input) => ({ route, input }))),
        async ({ route, input }) => runOne(route, input),
      ),
      { seed: FUZZ_SEED, numRuns: READ_RUNS, endOnFailure: true },
    );
  });
});
