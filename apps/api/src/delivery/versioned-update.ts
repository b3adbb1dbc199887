import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { staleVersion } from './http-errors';

/**
 * UPDATE ... SET ..., version = version + 1 WHERE id = :id AND version = :sent.
 * TypeORM's @VersionColumn does not put the version in the WHERE (typeorm
 * #2848), so without this a concurrent edit would silently overwrite another.
 * No row updated means someone else changed it first: 409, nothing written.
 */
export async function versionedUpdate<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  what: string,
  key: { column: string; value: string },
  sent: number,
  changes: Record<string, unknown>,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where(`${key.column} = :key AND version = :sent`, { key: key.value, sent })
    .execute();
  if (result.affected === 1) return;
  const current = await manager
    .createQueryBuilder()
    .select('version')
    .from(entity, 'row')
    .where(`${key.column} = :key`, { key: key.value })
    .getRawOne<{ version: number }>();
  throw staleVersion(what, sent, current?.version ?? -1);
}
