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

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const result: unknown = await super.transform(value, metadata);
    if (metadata.type === 'custom') return result;
    const problems = inputProblems(result, metadata.data ?? metadata.type);
    if (problems.length > 0) {
      throw new BadRequestException({
        message: problems.map((p) => `${p.field}: ${p.problem}`),
        errors: problems,
      });
    }
    return result;
  }
}

/** Each failed constraint of a property (and of its nested objects), with the property's path. */
function fieldProblems(error: ValidationError, parent: string): FieldProblem[] {
  const field = parent ? `${parent}.${error.property}` : error.property;
  const own = Object.values(error.constraints ?? {}).map((problem) => ({ field, problem }));
  return [...own, ...(error.children ?? []).flatMap((child) => fieldProblems(child, field))];
}
