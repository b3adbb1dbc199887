import { ConflictException, NotFoundException } from '@nestjs/common';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ConflictCode } from '@attune/contract';

/** The row to write: its id, or another unique column and value. */
export type RowKey = string | { column: string; value: string };

function where(key: RowKey, expectedVersion: number) {
  const { column, value } = typeof key === 'string' ? { column: 'id', value: key } : key;
  return {
    column,
    value,
    clause: `${column} = :key AND version = :version`,
    params: { key: value, version: expectedVersion },
  };
}

/**
 * UPDATE ... SET ..., version = version + 1 WHERE key AND version = the one the
 * caller read. `@VersionColumn` alone does not put the version into the WHERE
 * (typeorm#2848), so a stale edit would silently overwrite another. Zero rows
 * means the row is gone (404) or someone changed it first (409, nothing written).
 * `what` names the record in messages, e.g. "Family F-LA1-0001".
 */
export async function updateVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  key: RowKey,
  expectedVersion: number,
  changes: Record<string, unknown>,
  what: string,
): Promise<void> {
  const w = where(key, expectedVersion);
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where(w.clause, w.params)
    .execute();
  if (result.affected === 1) return;
  await refuseStale(manager, target, key, expectedVersion, what);
}

/** A DELETE under the same rule. */
export async function deleteVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  key: RowKey,
  expectedVersion: number,
  what: string,
): Promise<void> {
  const w = where(key, expectedVersion);
  const result = await manager
    .createQueryBuilder()
    .delete()
    .from(target)
    .where(w.clause, w.params)
    .execute();
  if (result.affected === 1) return;
  await refuseStale(manager, target, key, expectedVersion, what);
}

async function refuseStale<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  key: RowKey,
  expectedVersion: number,
  what: string,
): Promise<never> {
  const w = where(key, expectedVersion);
  const current = await manager
    .createQueryBuilder(target, 'row')
    .select('row.version', 'version')
    .where(`row.${w.column} = :key`, { key: w.value })
    .getRawOne<{ version: number }>();
  if (!current) throw new NotFoundException(`${what} does not exist.`);
  throw staleVersion(what, expectedVersion, current.version);
}

/** 409 for an edit made on an old version: a sentence to act on, `code` to branch on, the version to reload. */
export function staleVersion(what: string, expectedVersion: number, currentVersion: number) {
  return new ConflictException({
    message: `${what} was changed by someone else since you opened it (you had version ${expectedVersion}, it is now at version ${currentVersion}). Reload it, then make your change again.`,
    code: 'stale_version' satisfies ConflictCode,
    currentVersion,
  });
}
