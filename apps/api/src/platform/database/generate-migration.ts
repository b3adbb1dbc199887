import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { repositoryRoot } from '../config/config';
import { featureEntities } from '../../feature-modules';
import { dataSourceOptions } from './data-source';
import { startEmbeddedPostgres } from './embedded';
import { schemaDiff } from './schema-diff';

/**
 * `npm run migration:generate -- Name`: applies every migration to a
 * throwaway database, compares it with the entities and writes the difference
 * as a new timestamped migration in apps/api/src/platform/database/migrations.
 */
async function main(): Promise<void> {
  const name = (process.argv[2] ?? 'Migration').replace(/[^A-Za-z0-9]/g, '');
  const scratch = mkdtempSync(join(tmpdir(), 'attune-migration-'));
  const db = await startEmbeddedPostgres({ directory: scratch, persistent: false });
  const dataSource = new DataSource({
    ...dataSourceOptions(db.url, 2, featureEntities()),
    logging: false,
  });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'all' });
    const diff = await schemaDiff(dataSource);
    if (diff.up.length === 0) {
      console.log('The entities and migrations agree: no migration written.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const quote = (q: string) => `    await queryRunner.query(${JSON.stringify(q)});`;
    const file = join(
      repositoryRoot,
      'apps',
      'api',
      'src',
      'platform',
      'database',
      'migrations',
      `${timestamp}-${name}.ts`,
    );
    writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${diff.up.map(quote).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${diff.down.map(quote).join('\n')}
  }
}
`,
    );
    console.log(`Wrote ${file}`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await db.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
