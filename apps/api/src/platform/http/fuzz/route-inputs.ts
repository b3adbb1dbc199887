import type { INestApplication, Type } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';
import { getMetadataStorage } from 'class-validator';
import { Route, routeTable } from '../../../identity/auth/route-table';

// class-transformer keeps its @Type() metadata here (its CommonJS build has no typings for the path).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: MetadataStorage;
};

/**
 * What each route of the route table takes, read from the handlers' own
 * metadata: the DTO of its body and query, each property's validation rules
 * (names such as `isInt`, `isIn` with its values) and nested DTOs. The fuzz
 * tests generate requests from this, so a new route or field is fuzzed
 * without anyone listing it.
 */
export interface FieldShape {
  name: string;
  rules: string[];
  /** Allowed values, for `@IsIn`. */
  values: unknown[];
  /** The nested DTO's fields, for `@ValidateNested` with `@Type`. */
  nested?: FieldShape[];
}

export interface RouteInputs extends Route {
  params: string[];
  body: FieldShape[] | null;
  query: FieldShape[] | null;
  multipart: boolean;
}

// Nest's RouteParamtypes: BODY 3, QUERY 4, PARAM 5.
const ROUTE_ARGS = '__routeArguments__';
const BODY = 3;
const QUERY = 4;

export function dtoShape(dto: Type, depth = 0): FieldShape[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  const fields = new Map<string, FieldShape>();
  for (const m of metadata) {
    const field = fields.get(m.propertyName) ?? {
      name: m.propertyName,
      rules: [],
      values: [],
    };
    const rule = m.name ?? m.type;
    field.rules.push(rule);
    if (rule === 'isIn' && Array.isArray(m.constraints?.[0])) {
      field.values.push(...(m.constraints[0] as unknown[]));
    }
    if (m.type === 'nestedValidation' && depth < 3) {
      const typed = defaultMetadataStorage.findTypeMetadata(dto, m.propertyName);
      const nested = typed?.typeFunction() as Type | undefined;
      if (nested) field.nested = dtoShape(nested, depth + 1);
    }
    fields.set(m.propertyName, field);
  }
  return [...fields.values()];
}

/** Handlers by `METHOD path`, with the classes of their @Body() and @Query() parameters. */
function handlerArguments(app: INestApplication): Map<string, { body?: Type; query?: Type }> {
  const table = new Map<string, { body?: Type; query?: Type }>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const args = Reflect.getMetadata(ROUTE_ARGS, controller, name) as
          Record<string, { index: number }> | undefined;
        if (!args) continue;
        const types = (Reflect.getMetadata(
          'design:paramtypes',
          controller.prototype as object,
          name,
        ) ?? []) as Type[];
        const found: { body?: Type; query?: Type } = {};
        for (const [key, arg] of Object.entries(args)) {
          const kind = Number(key.split(':')[0]);
          const type = types[arg.index];
          if (!type || type === Object || type === String) continue;
          if (kind === BODY) found.body = type;
          if (kind === QUERY) found.query = type;
        }
        table.set(`${controller.name}.${name}`, found);
      }
    }
  }
  return table;
}

/** Every route with what it takes. */
export function routeInputs(app: INestApplication): RouteInputs[] {
  const args = handlerArguments(app);
  return routeTable(app).map((route) => {
    const found = route.handler ? args.get(route.handler) : undefined;
    return {
      ...route,
      params: [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!),
      body: found?.body ? dtoShape(found.body) : null,
      query: found?.query ? dtoShape(found.query) : null,
      multipart: route.path.endsWith('/import'),
    };
  });
}
