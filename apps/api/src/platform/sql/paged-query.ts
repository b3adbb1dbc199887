import type { DataSource, EntityManager } from 'typeorm';
import type { SqlParams } from './sql-params';

/**
 * One page of a filtered query, and how many rows the whole filter has: the
 * count over the same SQL, then the page in the given order. `params` holds
 * the filter's parameters; the page's are added after them.
 */
export async function pagedQuery<T>(
  runner: DataSource | EntityManager,
  filtered: string,
  params: SqlParams,
  orderBy: string,
  page: { page: number; pageSize: number },
): Promise<{ rows: T[]; total: number }> {
  const [counted] = await runner.query<Array<{ total: number }>>(
    `SELECT count(*)::int AS total FROM (${filtered}) x`,
    params.values,
  );
  const limit = params.add(page.pageSize);
  const offset = params.add((page.page - 1) * page.pageSize);
  const rows = await runner.query<T[]>(
    `${filtered} ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset}`,
    params.values,
  );
  return { rows, total: counted?.total ?? 0 };
}
