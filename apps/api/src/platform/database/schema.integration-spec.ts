import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { createTestDatabase, TestDatabase } from '../../testing/test-database';
import { schemaDiff } from './schema-diff';

describe('entities and migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db.drop());

  it('agree: after every migration, generating one would produce nothing', async () => {
    const diff = await schemaDiff(db.dataSource);
    assert.deepEqual(
      diff.up,
      [],
      'The entities differ from the migrations: run `npm run migration:generate -- Name` and commit the file.',
    );
  });

  it('can be reverted and reapplied', async () => {
    const migrations = db.dataSource.migrations.length;
    for (let i = 0; i < migrations; i++)
      await db.dataSource.undoLastMigration({ transaction: 'each' });
    const tables = await db.dataSource.query(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'",
    );
    assert.equal(tables[0].n, 0, 'down migrations should remove every table');
    await db.dataSource.runMigrations({ transaction: 'each' });
    assert.deepEqual((await schemaDiff(db.dataSource)).up, []);
  });
});
