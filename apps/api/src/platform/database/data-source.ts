import { join } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The one description of Attune's database, used by the app, the CLI, the
 * tests and the TypeORM CLI. Entities and migrations are found by file name
 * so that each module owns its own; the schema comes only from migrations.
 */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [join(__dirname, '..', '..', '**', '*.entity.js')],
    migrations: [join(__dirname, 'migrations', '*.js')],
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is core PostgreSQL (13+): no extension, so no superuser needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    // A connection that cannot be made within 5 s fails (503), rather than holding a request forever.
    extra: { max: poolSize, application_name: 'attune', connectionTimeoutMillis: 5000 },
  };
}

/** For the TypeORM CLI: `typeorm -d apps/api/dist/platform/database/data-source.js migration:show`. */
export default new DataSource(
  dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://attune@localhost:5432/attune'),
);
