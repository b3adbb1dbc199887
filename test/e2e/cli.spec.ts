import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { runCli } from '../support/cli.js';
import { temporaryDataDir } from '../support/server.js';

describe('npm run attune -- user:create', () => {
  let dataDir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dataDir = temporaryDataDir();
    env = { ATTUNE_DATA_DIR: dataDir };
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates a user with the password from standard input', async () => {
    const result = await runCli(['user:create', '--email', 'Lead@Example.org', '--role', 'admin'], {
      input: 'otter lantern pebble\n',
      env,
    });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Created admin lead@example\.org/);
  });

  it('refuses the same email again, with a clear message and a non-zero exit', async () => {
    const result = await runCli(['user:create', '--email', 'lead@example.org', '--role', 'admin'], {
      input: 'another long passphrase',
      env,
    });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /already exists/);
  });

  it('refuses a weak password and an unknown role, listing both problems', async () => {
    const result = await runCli(['user:create', '--email', 'x@example.org', '--role', 'boss'], {
      input: 'short',
      env,
    });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /role "boss" is not one of/);
    assert.match(result.stderr, /password must be at least 12 characters/);
  });

  it('requires an LA for an LA manager', async () => {
    const result = await runCli(
      ['user:create', '--email', 'm@example.org', '--role', 'la_manager'],
      {
        input: 'otter lantern pebble',
        env,
      },
    );
    assert.equal(result.code, 1);
    assert.match(result.stderr, /role la_manager needs --la \(a local authority\)/);
  });

  it('explains its usage when a flag is missing or the command is unknown', async () => {
    const missing = await runCli(['user:create', '--role', 'admin'], { env });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--email is required/);
    const unknown = await runCli(['frobnicate'], { env });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown command "frobnicate"/);
  });
});
