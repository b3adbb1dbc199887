import { ConflictException, NotFoundException } from '@nestjs/common';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An UPDATE that only applies to the version the caller read: `@VersionColumn`
 * alone does not put the version into the WHERE (typeorm#2848), so a stale
 * edit would silently overwrite. Zero rows affected means the row is gone
 * (404) or someone else changed it first (409, with the current version).
 */
export async function updateVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  changes: Record<string, unknown>,
  what: string,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :version', { id, version: expectedVersion })
    .execute();
  if (result.affected === 1) return;
  await refuseStale(manager, target, id, expectedVersion, what);
}

/** A DELETE under the same rule. */
export async function deleteVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  what: string,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .delete()
    .from(target)
    .where('id = :id AND version = :version', { id, version: expectedVersion })
    .execute();
  if (result.affected === 1) return;
  await refuseStale(manager, target, id, expectedVersion, what);
}

async function refuseStale<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  what: string,
): Promise<never> {
  const current = await manager
    .createQueryBuilder(target, 'row')
    .select('row.version', 'version')
    .where('row.id = :id', { id })
    .getRawOne<{ version: number }>();
  if (!current) throw new NotFoundException(`${what} ${id} does not exist.`);
  throw new ConflictException({
    message: `${what} ${id} was changed by someone else since you opened it (you had version ${expectedVersion}, it is now at version ${current.version}). Reload it, then make your change again.`,
    currentVersion: current.version,
  });
}
