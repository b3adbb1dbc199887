import { createUser, signIn } from './users';
import { Clock } from '../../src/platform/clock/clock';
import { createTestApp, type TestApp } from '../../src/testing/test-app';
import { insertFixture, type Fixture } from './accreditation-fixture';

/**
 * The API on a fresh database with the accreditation fixture and one signed-in
 * user per role: admin, s1/s2 (supervisors S-01/S-02), p1 (P-LA1-01),
 * m2 (LA2's manager), eco (economist). Requests go to the fixture's programme.
 */
export interface AccreditationApp {
  t: TestApp;
  fx: Fixture;
  base: string;
  as: Record<string, Record<string, string>>;
  get(who: string, url: string): ReturnType<TestApp['app']['inject']>;
  send(
    who: string,
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ): ReturnType<TestApp['app']['inject']>;
}

const USERS = [
  { email: 'admin@t.test', role: 'admin' },
  { email: 's1@t.test', role: 'supervisor', staffCode: 'S-01' },
  { email: 's2@t.test', role: 'supervisor', staffCode: 'S-02' },
  { email: 'p1@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-01' },
  { email: 'm2@t.test', role: 'la_manager', laCode: 'LA2' },
  { email: 'eco@t.test', role: 'economist' },
];

export async function startAccreditationApp(
  options: Parameters<typeof insertFixture>[1] & { today?: string } = {},
): Promise<AccreditationApp> {
  const t = await createTestApp();
  const today = new Date(options.today ?? '2022-03-31T12:00:00Z');
  t.app.get(Clock).now = () => today;
  const fx = await insertFixture(t.db.dataSource, options);
  const base = `/api/programmes/${fx.programmeId}`;
  const as: Record<string, Record<string, string>> = {};
  for (const user of USERS) {
    await createUser(t.app, user);
    as[user.email.split('@')[0]!] = await signIn(t.app, user.email);
  }
  return {
    t,
    fx,
    base,
    as,
    get: (who, url) => t.app.inject({ method: 'GET', url: `${base}${url}`, headers: as[who] }),
    send: (who, method, url, payload) =>
      t.app.inject({
        method,
        url: `${base}${url}`,
        headers: as[who],
        ...(payload ? { payload } : {}),
      }),
  };
}
