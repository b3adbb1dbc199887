import { RequestMethod } from '@nestjs/common';
import type { INestApplication, Type } from '@nestjs/common';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { IS_PUBLIC } from '../../platform/http/public.decorator';
import { AUTHORIZE, Requirement } from './authorize.decorator';

export interface Route {
  /** `GET /api/programmes/:programmeId/families`, as the authorization matrix names it. */
  key: string;
  method: string;
  path: string;
  isPublic: boolean;
  requirement: Requirement | undefined;
  /** `Controller.method`, the handler that serves it. */
  handler: string;
}

// Nest's own metadata keys for @Controller(path) and @Get(path) etc.
const PATH = 'path';
const METHOD = 'method';

function join(...parts: string[]): string {
  return (
    '/' +
    parts
      .flatMap((p) => p.split('/'))
      .filter(Boolean)
      .join('/')
  );
}

/** A @Controller() or @Get() path: nothing, one string, or several. */
function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [''];
  return Array.isArray(value) ? value : [value];
}

/** Every HTTP route of the application, read from the controllers' own decorators. */
export function routeTable(app: INestApplication, prefix = 'api'): Route[] {
  const scanner = new MetadataScanner();
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as object;
        const method = Reflect.getMetadata(METHOD, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const isPublic =
          (Reflect.getMetadata(IS_PUBLIC, handler) ??
            Reflect.getMetadata(IS_PUBLIC, controller)) === true;
        const requirement = (Reflect.getMetadata(AUTHORIZE, handler) ??
          Reflect.getMetadata(AUTHORIZE, controller)) as Requirement | undefined;
        for (const base of asList(
          Reflect.getMetadata(PATH, controller) as string | string[] | undefined,
        )) {
          for (const sub of asList(
            Reflect.getMetadata(PATH, handler) as string | string[] | undefined,
          )) {
            const path = join(prefix, base, sub);
            const verb = RequestMethod[method];
            routes.push({
              key: `${verb} ${path}`,
              method: verb,
              path,
              isPublic,
              requirement,
              handler: `${controller.name}.${name}`,
            });
          }
        }
      }
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}
