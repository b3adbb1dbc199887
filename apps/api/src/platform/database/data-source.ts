import { join } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { featureEntities } from '../../feature-modules';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The one description of Attune's database, used by the app, the CLI, the
 * tests and the TypeORM CLI. Each module registers its own entities
 * (`TypeOrmModule.forFeature`): the app loads them from there, and a
 * DataSource built outside Nest is given the modules' list (featureEntities).
 * The schema comes only from migrations.
 */
export function dataSourceOptions(
  url: string,
  poolSize = 10,
  entities: DataSourceOptions['entities'] = [],
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
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
  dataSourceOptions(
    process.env.DATABASE_URL ?? 'postgres://attune@localhost:5432/attune',
    2,
    featureEntities(),
  ),
);
