import type { DataSource } from 'typeorm';
import { readOn, type ReadFrom } from '../database/read-replica';

/**
 * The programme's delivery_versions row, bumped by statement triggers in every
 * transaction that writes a delivery, reference or cost table of it
 * (migrations DeliveryVersions, CostSourceVersions); '0' before any write.
 */
export const DATA_VERSION_QUERY =
  'SELECT version::text AS version FROM delivery_versions WHERE programme_id = $1';

/** The programme's data version now, on `from` (one short read). */
export async function dataVersion(
  dataSource: DataSource,
  programmeId: string,
  from: ReadFrom,
): Promise<string> {
  const [row] = await readOn(dataSource, from, (manager) =>
    manager.query<Array<{ version: string }>>(DATA_VERSION_QUERY, [programmeId]),
  );
  return row?.version ?? '0';
}
