import assert from 'node:assert/strict';
import { runCli } from '../../support/cli.js';
import { HttpClient } from '../../support/http.js';
import { startServer, type RunningServer } from '../../support/server.js';

export const PASSWORD = 'cluster-test-password-2021';

/** `seed:demo` through the CLI against DATABASE_URL: migrations, the demo programme, its accounts. */
export async function seedDemo(databaseUrl: string): Promise<string> {
  const started = performance.now();
  const result = await runCli(['seed:demo'], {
    env: { DATABASE_URL: databaseUrl, ATTUNE_DEMO_PASSWORD: PASSWORD },
  });
  assert.equal(result.code, 0, `seed:demo failed:\n${result.stderr}\n${result.stdout}`);
  const id = result.stdout.trim().split('\n').at(-1)!.trim();
  assert.match(id, /^[0-9a-f-]{36}$/);
  console.log(`seed:demo into ${new URL(databaseUrl).port}: ${secondsSince(started)} s`);
  return id;
}

/** The built API on DATABASE_URL (no embedded database), with the extra environment given. */
export async function startReplica(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  return startServer({
    env: { DATABASE_URL: databaseUrl, ATTUNE_JOB_WORKER: 'false', ...env },
  });
}

export async function signIn(baseUrl: string, email: string): Promise<HttpClient> {
  const client = new HttpClient(baseUrl);
  const response = await client.post('/api/auth/login', { email, password: PASSWORD });
  assert.equal(response.status, 200, `sign-in of ${email}: ${await response.text()}`);
  return client;
}

export async function json<T>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  assert.equal(response.status, status, `${response.url}: ${text}`);
  return JSON.parse(text) as T;
}

export function secondsSince(started: number): string {
  return ((performance.now() - started) / 1000).toFixed(2);
}
