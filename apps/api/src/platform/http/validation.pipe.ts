import {
  ArgumentMetadata,
  BadRequestException,
  ValidationPipe,
  type ValidationError,
} from '@nestjs/common';
import type { FieldProblem } from '@attune/contract';
import { inputProblems } from './input-guard';

/**
 * The second half of the validation layer: Nest's ValidationPipe (whitelist,
 * DTO rules), then the guard's rules once more on what it produced, since
 * query strings become numbers only here (`?version=1e12` is a whole number
 * no integer column holds). Every 400 is `{message, errors: [{field, problem}]}`
 * so that a form can show each problem at its field.
 */
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => {
        const problems = errors.flatMap((error) => fieldProblems(error, ''));
        return new BadRequestException({
          message: problems.map((p) => p.problem),
          errors: problems,
        });
      },
    });
  }

  /**
   * Query DTOs already validated, by class and query: a query string's rules
   * are pure functions of it, so the same query (a dashboard polling its
   * report) is validated once, not on every request (class-validator was a
   * twentieth of a cached report's cost). Only what passed is kept; each
   * caller gets its own copy.
   */
  private readonly queries = new Map<ArgumentMetadata['metatype'], Map<string, object>>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const memo = metadata.type === 'query' && metadata.metatype ? this.memo(metadata) : undefined;
    const key = memo ? queryKey(metadata.data, value) : undefined;
    const known = key === undefined ? undefined : memo!.get(key);
    if (known) return copyOf(known);
    const result: unknown = await super.transform(value, metadata);
    if (metadata.type === 'custom') return result;
    const problems = inputProblems(result, metadata.data ?? metadata.type);
    if (problems.length > 0) {
      throw new BadRequestException({
        message: problems.map((p) => `${p.field}: ${p.problem}`),
        errors: problems,
      });
    }
    if (key !== undefined && result !== null && typeof result === 'object') {
      if (memo!.size >= MAX_QUERIES) memo!.delete(memo!.keys().next().value!);
      memo!.set(key, copyOf(result));
    }
    return result;
  }

  private memo(metadata: ArgumentMetadata): Map<string, object> {
    let memo = this.queries.get(metadata.metatype);
    if (!memo) this.queries.set(metadata.metatype, (memo = new Map<string, object>()));
    return memo;
  }
}

/** Distinct queries kept per DTO class (oldest dropped first). */
const MAX_QUERIES = 256;

/** A parsed query string (strings and arrays of them) as a key; undefined when too long to keep. */
function queryKey(name: string | undefined, value: unknown): string | undefined {
  const key = `${name ?? ''}\u0000${JSON.stringify(value ?? null)}`;
  return key.length <= 1000 ? key : undefined;
}

/** A DTO's own copy: the same class, its arrays copied (query DTOs hold nothing deeper). */
function copyOf<T extends object>(dto: T): T {
  const copy = Object.create(Object.getPrototypeOf(dto) as object) as Record<string, unknown>;
  for (const [field, v] of Object.entries(dto) as Array<[string, unknown]>) {
    copy[field] = Array.isArray(v) ? [...(v as unknown[])] : v;
  }
  return copy as T;
}

/** Each failed constraint of a property (and of its nested objects), with the property's path. */
function fieldProblems(error: ValidationError, parent: string): FieldProblem[] {
  const field = parent ? `${parent}.${error.property}` : error.property;
  const own = Object.values(error.constraints ?? {}).map((problem) => ({ field, problem }));
  return [...own, ...(error.children ?? []).flatMap((child) => fieldProblems(child, field))];
}
