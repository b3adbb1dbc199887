import {
  BadRequestException,
  ConflictException,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import type { ConflictCode, FieldProblem } from '@attune/contract';

export type { FieldProblem };

/**
 * 400 in the API's usual shape (`message` lists the problems as sentences),
 * plus `errors: [{field, problem}]` so a form can put each next to its field.
 */
export function invalid(...problems: FieldProblem[]): BadRequestException {
  return new BadRequestException({
    message: problems.map((p) => `${p.field}: ${p.problem}`),
    errors: problems,
  });
}

/**
 * As `invalid`, for problems written as whole sentences that name their field
 * ("password must be at least 12 characters"): `message` lists them as written.
 */
export function invalidSentences(...problems: FieldProblem[]): BadRequestException {
  return new BadRequestException({ message: problems.map((p) => p.problem), errors: problems });
}

/** Why a write was refused for the state of the record rather than its input (one list, in the contract). */
export type { ConflictCode };

/** 409 with a `code` a client can branch on, and a sentence a person can act on. */
export function conflict(
  code: ConflictCode,
  message: string,
  /** More of the body, e.g. `overlapping` for `unit_cost_overlap`. */
  details: Record<string, unknown> = {},
): ConflictException {
  return new ConflictException({ ...details, message, code });
}

export function notFound(message: string): NotFoundException {
  return new NotFoundException(message);
}

/** 422 in the 400's shape: input that is well-formed but breaks a rule of the programme (its window). */
export function unprocessable(...problems: FieldProblem[]): UnprocessableEntityException {
  return new UnprocessableEntityException({
    message: problems.map((p) => p.problem),
    errors: problems,
  });
}
