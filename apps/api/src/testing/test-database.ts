import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { featureEntities } from '../feature-modules';
import { dataSourceOptions } from '../platform/database/data-source';
import { runMigrations } from '../platform/database/bootstrap';

export interface TestDatabase {
  url: string;
  /** A connected data source on the database (migrated unless asked otherwise). */
  dataSource: DataSource;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.ATTUNE_TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      'ATTUNE_TEST_DATABASE_URL is not set: run integration tests through Jest (`npm test -w @attune/api`), whose globalSetup (testing/with-test-postgres) sets it.',
    );
  }
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A fresh, empty database of its own for one test suite. */
export async function createTestDatabase(
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const name = `attune_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = withDatabase(serverUrl(), name);
  if (options.migrate !== false) await runMigrations(url);
  const dataSource = new DataSource({
    ...dataSourceOptions(url, 4, featureEntities()),
    logging: false,
  });
  await dataSource.initialize();
  return {
    url,
    dataSource,
    async drop() {
      await dataSource.destroy();
      const client = new Client({ connectionString: serverUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
