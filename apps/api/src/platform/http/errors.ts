import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';

/** One thing wrong with the input: which field, and what is wrong with it. */
export interface FieldProblem {
  field: string;
  problem: string;
}

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

/** Why a write was refused for the state of the record rather than its input. */
export type ConflictCode =
  | 'stale_version'
  | 'period_locked'
  | 'already_randomised'
  | 'status_change'
  | 'already_locked'
  /** Another record of the programme already has this code (sessions, events, rule sets). */
  | 'duplicate_code'
  /** The programme names a rule set that neither it nor the presets have. */
  | 'rule_set_missing'
  /** Another user has this email. */
  | 'email_taken'
  /** The change would leave no enabled admin. */
  | 'last_admin'
  /** The job has not finished, so there is nothing to download yet. */
  | 'job_not_finished';

/** 409 with a `code` a client can branch on, and a sentence a person can act on. */
export function conflict(code: ConflictCode, message: string): ConflictException {
  return new ConflictException({ message, code });
}

export function notFound(message: string): NotFoundException {
  return new NotFoundException(message);
}
