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
  replicaUrls: readonly string[] = [],
): DataSourceOptions {
  return {
    type: 'postgres',
    // The primary (TypeORM reads `replication.master` instead when there are replicas).
    url,
    // With replicas, TypeORM's replication: everything runs on the primary (defaultMode)
    // unless a report asks for a replica (platform/database/read-replica.ts).
    ...(replicaUrls.length > 0 && {
      replication: {
        master: { url },
        slaves: replicaUrls.map((replica) => ({ url: replica })),
        defaultMode: 'master' as const,
      },
    }),
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
