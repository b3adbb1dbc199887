import { DataSource } from 'typeorm';
import { featureEntities } from '../../feature-modules';
import { dataSourceOptions } from './data-source-options';

export { CONNECT_TIMEOUT_MS, dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI: `typeorm -d apps/api/dist/platform/database/data-source.js migration:show`. */
export default new DataSource(
  dataSourceOptions(
    process.env.DATABASE_URL ?? 'postgres://attune@localhost:5432/attune',
    2,
    featureEntities(),
  ),
);
