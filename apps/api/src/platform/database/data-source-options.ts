import { join } from 'node:path';
import { Client, type ClientConfig } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** How long making one new connection may take before it fails (then 503, database_unavailable). */
export const CONNECT_TIMEOUT_MS = 5000;

/** pg's client with a connect timeout of its own, so that the pool's queue can wait unbounded. */
class TimedClient extends Client {
  constructor(config?: ClientConfig) {
    super({ ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  }
}

/**
 * The one description of Attune's database, used by the app, the CLI, the
 * tests and the TypeORM CLI (data-source.ts). Apart from data-source.ts, so
 * that the CLI's migration step does not load every module to get the
 * entities it never uses. Each module registers its own entities
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
    // A request that finds every pooled connection busy waits its turn in the pool's queue
    // (no pool timeout: a busy pool is not a database that is down); only making a new
    // connection is bounded, 5 s, by the client itself (the pool passes its options on).
    extra: { max: poolSize, application_name: 'attune', Client: TimedClient },
  };
}
