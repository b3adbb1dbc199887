import { ArgumentMetadata, BadRequestException, ValidationPipe } from '@nestjs/common';
import { inputProblems } from './input-guard';

/**
 * The second half of the validation layer: Nest's ValidationPipe (whitelist,
 * DTO rules), then the guard's rules once more on what it produced, since
 * query strings become numbers only here (`?version=1e12` is a whole number
 * no integer column holds).
 */
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({ whitelist: true, forbidNonWhitelisted: true, transform: true });
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
