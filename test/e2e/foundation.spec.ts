import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiMain } from '../support/paths.js';
import { RunningServer, startServer, temporaryDataDir } from '../support/server.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the started server (black box)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ env: { ATTUNE_DEMO: 'false' } });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('reports itself and its database healthy', async () => {
    const response = await fetch(`${server.url}/api/health`);
    assert.equal(response.status, 200);
    const body = (await response.json()) as { status: string; database: { status: string } };
    assert.equal(body.status, 'ok');
    assert.equal(body.database.status, 'up');
  });

  it('publishes its OpenAPI document and the documentation page', async () => {
    const json = (await (await fetch(`${server.url}/api/docs-json`)).json()) as {
      openapi: string;
      paths: object;
    };
    assert.match(json.openapi, /^3\./);
    assert.ok('/api/health' in json.paths);
    const page = await fetch(`${server.url}/api/docs`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /swagger/i);
  });

  it('answers an unknown API route with the one error format, no stack trace', async () => {
    const response = await fetch(`${server.url}/api/no-such-thing`, {
      headers: { 'x-request-id': 'trace-123' },
    });
    assert.equal(response.status, 404);
    const body = (await response.json()) as Record<string, unknown>;
    assert.equal(body.statusCode, 404);
    assert.equal(body.requestId, 'trace-123');
    assert.equal(response.headers.get('x-request-id'), 'trace-123');
    assert.doesNotMatch(JSON.stringify(body), /at \w+ \(|\.ts:|\.js:/);
  });

  it('sends security headers', async () => {
    const response = await fetch(`${server.url}/api/health`);
    assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('referrer-policy'), 'same-origin');
  });

  it('refuses a request body over the limit with 413', async () => {
    const response = await fetch(`${server.url}/api/health`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) }),
    });
    assert.equal(response.status, 413);
  });
});

describe('lifecycle', () => {
  it('stops cleanly on SIGTERM, stopping its embedded PostgreSQL, and starts again on the same data', async () => {
    const dataDir = temporaryDataDir();
    const first = await startServer({ dataDir, env: { ATTUNE_DEMO: 'false' } });
    const pidFile = join(dataDir, 'pg', 'postmaster.pid');
    const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    assert.ok(alive(postmaster), 'PostgreSQL should be running');
    assert.equal(await first.stop(), 0);
    assert.equal(alive(postmaster), false, 'PostgreSQL must not outlive the server');
    assert.equal(existsSync(pidFile), false);

    const second = await startServer({ dataDir, env: { ATTUNE_DEMO: 'false' } });
    try {
      assert.doesNotMatch(
        second.output(),
        /Applied \d+ migration/,
        'a restart finds the schema migrated',
      );
      assert.equal((await fetch(`${second.url}/api/health`)).status, 200);
    } finally {
      await second.stop();
    }
  });

  it('refuses to boot on invalid configuration, naming each bad value', async () => {
    const child = spawn(process.execPath, [apiMain], {
      env: {
        ...process.env,
        PORT: 'eighty',
        DATABASE_URL: 'mysql://nope',
        ATTUNE_DATA_DIR: temporaryDataDir(),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    assert.equal(code, 78);
    assert.match(output, /PORT: must be a whole number \(got "eighty"\)/);
    assert.match(output, /DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
  });
});
