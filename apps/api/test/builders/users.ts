import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { UsersService } from '../../src/identity/users/users.service';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../../src/identity/auth/csrf';
import { SESSION_COOKIE } from '../../src/identity/auth/session-cookie';

/**
 * Helpers for integration tests (used only by *.integration-spec.ts):
 * `headers` carries the session cookie and the CSRF header, so
 * `app.inject({ method: 'POST', url, headers: await signIn(...), payload })` just works.
 */
export const CSRF_HEADERS = { [CSRF_HEADER.toLowerCase()]: CSRF_HEADER_VALUE };

export const TEST_PASSWORD = 'kettle-otter-lantern';

export async function createUser(
  app: NestFastifyApplication,
  user: {
    email: string;
    role: string;
    laCode?: string | null;
    staffCode?: string | null;
    password?: string;
  },
): Promise<string> {
  const created = await app.get(UsersService).create({ password: TEST_PASSWORD, ...user });
  return created.id;
}

/** Signs in and returns headers for further requests as that user. Throws unless the sign-in succeeds. */
export async function signIn(
  app: NestFastifyApplication,
  email: string,
  password = TEST_PASSWORD,
): Promise<Record<string, string>> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: CSRF_HEADERS,
    payload: { email, password },
  });
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (response.statusCode !== 200 || !cookie) {
    throw new Error(`sign-in as ${email} failed: ${response.statusCode} ${response.body}`);
  }
  return { ...CSRF_HEADERS, cookie: `${SESSION_COOKIE}=${cookie.value}` };
}
