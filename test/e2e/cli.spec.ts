import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runCli } from '../support/cli.js';
import { cliMain } from '../support/paths.js';
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

describe('npm run attune -- start-up', () => {
  it('loads neither Nest, TypeORM nor any command module before a command asks for them', () => {
    // What main.ts imports at start-up; each command's module is loaded when that command runs.
    const script = `require(${JSON.stringify(join(dirname(cliMain), 'commands.js'))});
      require(${JSON.stringify(join(dirname(cliMain), 'context.js'))});
      console.log(JSON.stringify(Object.keys(require.cache)))`;
    const loaded = JSON.parse(
      execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }),
    ) as string[];
    const heavy = loaded.filter((file) =>
      /node_modules[\\/](@nestjs|typeorm|exceljs)[\\/]|app\.module|\.commands\.js$/.test(file),
    );
    assert.deepEqual(heavy, []);
  });

  it("loads neither @nestjs/common's index nor exceljs's for workbook and the services it builds", () => {
    // What workbook.commands.ts imports (services()); rxjs comes only with @nestjs/common's index.
    const dist = join(dirname(cliMain), '..');
    const modules = [
      'costing/workbook-export/workbook.commands.js',
      'costing/workbook-export/workbook-reader.js',
      'costing/cost-summary/cost-summary.service.js',
      'identity/audit/audit.service.js',
      'identity/audit/audit-event.entity.js',
      'costing/workbook-export/workbook-export.repository.js',
    ];
    const script = `require('reflect-metadata');
      for (const m of ${JSON.stringify(modules.map((m) => join(dist, m)))}) require(m);
      console.log(JSON.stringify(Object.keys(require.cache)))`;
    const loaded = JSON.parse(
      execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: dirname(cliMain) }),
    ) as string[];
    const heavy = loaded.filter((file) =>
      /node_modules[\\/](rxjs[\\/]|@nestjs[\\/]common[\\/]index\.js|exceljs[\\/]lib[\\/]exceljs\.nodejs\.js)/.test(
        file,
      ),
    );
    assert.deepEqual(heavy, []);
    assert.ok(loaded.some((file) => /exceljs[\\/]lib[\\/]stream[\\/]xlsx/.test(file)));
  });

  it('lists every command in its help, in the documented order', async () => {
    const help = await runCli(['help']);
    assert.equal(help.code, 0);
    const names = [...help.stdout.matchAll(/^ {2}(\S+)/gm)].map((m) => m[1]);
    assert.deepEqual(names, [
      'migrate',
      'user:create',
      'user:disable',
      'user:reset-password',
      'import',
      'package',
      'seed:demo',
      'seed:scale',
      'workbook',
    ]);
  });
});
