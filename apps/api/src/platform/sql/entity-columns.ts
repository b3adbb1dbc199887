import type { EntityMetadata } from 'typeorm';

/**
 * The select list of an entity's columns, each under its property name and
 * dates as ISO text, so that the entity stays the one description of its
 * table: a column added to it is read back without touching the query.
 */
export function entityColumns(
  metadata: EntityMetadata,
  alias: string,
  except: readonly string[] = [],
): string {
  return metadata.columns
    .filter((c) => !except.includes(c.propertyName))
    .map((c) => {
      const cast = c.type === 'date' ? '::text' : '';
      return `${alias}."${c.databaseName}"${cast} AS "${c.propertyName}"`;
    })
    .join(', ');
}
