import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * One parameterised statement on a pooled connection to the primary, straight
 * through node-postgres' pool (the one TypeORM made and manages): for the
 * read every request makes, the session check, which TypeORM's query runner
 * (made, connected and released around each statement) would cost more than
 * the statement itself. An unnamed statement outside any transaction: nothing
 * is left on the connection, so it is as safe behind PgBouncer's transaction
 * mode as any other query. Errors are node-postgres' own (codes as
 * availability.ts reads them).
 */
export async function primaryQuery<T>(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[],
): Promise<T[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const result = await pool.query(sql, parameters);
  return result.rows as T[];
}
