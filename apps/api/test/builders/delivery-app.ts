import { createUser, signIn } from './users';
import { Clock } from '../../src/platform/clock/clock';
import { createTestApp, TestApp } from '../../src/testing/test-app';
import { DELIVERY_TODAY, DeliveryFixture, insertDeliveryFixture } from './delivery-programme';

export interface DeliveryUser {
  email: string;
  role: string;
  laCode?: string;
  staffCode?: string;
}

export interface DeliveryApp {
  t: TestApp;
  fixture: DeliveryFixture;
  /** A request to `/api/programmes/:id{path}` as the user whose email starts with `who@`. */
  send(
    who: string,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    payload?: object,
  ): ReturnType<TestApp['app']['inject']>;
  close(): Promise<void>;
}

/** The API on the delivery programme, its clock at DELIVERY_TODAY, with these users signed in. */
export async function startDeliveryApp(
  users: DeliveryUser[],
  env: Record<string, string> = {},
): Promise<DeliveryApp> {
  const t = await createTestApp(env);
  t.app.get(Clock).now = () => new Date(`${DELIVERY_TODAY}T12:00:00Z`);
  const fixture = await insertDeliveryFixture(t.db.dataSource);
  const headers: Record<string, Record<string, string>> = {};
  for (const user of users) {
    await createUser(t.app, user);
    headers[user.email.split('@')[0]!] = await signIn(t.app, user.email);
  }
  const base = `/api/programmes/${fixture.programmeId}`;
  return {
    t,
    fixture,
    send: (who, method, path, payload) =>
      t.app.inject({
        method,
        url: `${base}${path}`,
        headers: headers[who],
        ...(payload ? { payload } : {}),
      }),
    close: () => t.close(),
  };
}

/** A held filming session of cycle 2 with one of the fixture's families. */
export function heldSession(familyReference: string, date: string) {
  return {
    familyReference,
    date,
    type: 'filming',
    cycle: 2,
    outcome: 'held',
    contactMinutes: 50,
    travelMinutes: 20,
    prepMinutes: 40,
  };
}
