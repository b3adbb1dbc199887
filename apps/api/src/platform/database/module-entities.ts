import { MODULE_METADATA } from '@nestjs/common/constants';
import { TypeOrmModule } from '@nestjs/typeorm';

/** An entity class, as TypeORM takes it. */
export type EntityClass = abstract new (...args: never[]) => unknown;

/**
 * The entities the given modules register with `TypeOrmModule.forFeature`,
 * walking their imports: each module owns its entities, and a DataSource
 * built outside Nest (the migration generator, the tests' builders, the
 * TypeORM CLI) gets exactly those, with no file-name glob. forFeature's
 * providers carry their entity as `targetEntitySchema.target`.
 */
export function entitiesOf(modules: readonly unknown[]): EntityClass[] {
  const found = new Set<EntityClass>();
  const seen = new Set<unknown>();
  const visit = (ref: unknown): void => {
    if (!ref || seen.has(ref)) return;
    seen.add(ref);
    const dynamic =
      typeof ref === 'object' ? (ref as { module?: unknown; providers?: unknown[] }) : undefined;
    if (dynamic?.module === TypeOrmModule) {
      for (const provider of dynamic.providers ?? []) {
        const target = (provider as { targetEntitySchema?: { target?: unknown } })
          .targetEntitySchema?.target;
        if (typeof target === 'function') found.add(target as EntityClass);
      }
      return;
    }
    const cls = dynamic ? dynamic.module : ref;
    if (typeof cls !== 'function') return;
    const imports = (Reflect.getMetadata(MODULE_METADATA.IMPORTS, cls) ?? []) as unknown[];
    for (const child of [...imports, ...((dynamic as { imports?: unknown[] })?.imports ?? [])]) {
      visit(child);
    }
  };
  for (const module of modules) visit(module);
  return [...found];
}
