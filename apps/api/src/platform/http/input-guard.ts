import { MAX_INTEGER } from '@attune/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The first half of Attune's one validation layer (the second is
 * InputValidationPipe): what no field of any request may ever hold, checked
 * before any handler runs, so that no malformed input reaches a service,
 * the audit log or PostgreSQL.
 */

/** Deeper JSON than this is refused: no body of the API nests more than a few levels. */
export const MAX_JSON_DEPTH = 32;
/** PostgreSQL's `integer`, the type of every whole-number column the API writes. */
export const INT32_MAX = MAX_INTEGER;
export const INT32_MIN = -MAX_INTEGER - 1;

export interface InputProblem {
  field: string;
  problem: string;
}

/** Refused with 400 (or 413/415) before parsing finishes; carries its status for the error filter. */
export class InputError extends Error {
  constructor(
    readonly statusCode: number,
    readonly problems: InputProblem[],
  ) {
    super(problems.map((p) => `${p.field}: ${p.problem}`).join('; '));
    this.name = 'InputError';
  }
}

/** How deeply `text` nests arrays and objects, counted without parsing (strings skipped). */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with one string, if anything: NUL and lone UTF-16 surrogates cannot be stored. */
export function stringProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode (it holds a lone surrogate)';
  return null;
}

/**
 * Every problem in a parsed value, walked without recursion (so depth cannot
 * overflow the stack): strings and keys must be storable, numbers finite and
 * whole numbers within a 32-bit integer, every integer column's type.
 */
export function inputProblems(root: unknown, rootName: string, limit = 20): InputProblem[] {
  const problems: InputProblem[] = [];
  const stack: Array<{ value: unknown; path: string; depth: number }> = [
    { value: root, path: rootName, depth: 0 },
  ];
  while (stack.length > 0 && problems.length < limit) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = stringProblem(value);
      if (problem) problems.push({ field: path, problem });
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value))
        problems.push({ field: path, problem: 'must be a finite number' });
      else if (Number.isInteger(value) && (value < INT32_MIN || value > INT32_MAX))
        problems.push({
          field: path,
          problem: `must be a whole number between ${INT32_MIN} and ${INT32_MAX}`,
        });
    } else if (value !== null && typeof value === 'object') {
      if (depth >= MAX_JSON_DEPTH) {
        problems.push({ field: path, problem: `nests deeper than ${MAX_JSON_DEPTH} levels` });
        continue;
      }
      const entries = Array.isArray(value)
        ? value.map((v, i) => [String(i), v] as const)
        : Object.entries(value as Record<string, unknown>);
      for (const [key, child] of entries) {
        const keyProblem = stringProblem(key);
        const childPath = depth === 0 ? key : `${path}.${key}`;
        if (keyProblem) problems.push({ field: childPath, problem: `field name ${keyProblem}` });
        else stack.push({ value: child, path: childPath, depth: depth + 1 });
      }
    }
  }
  return problems.reverse();
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  414: 'URI Too Long',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
};

/** The error body of the rest of the API (see HttpExceptionFilter), with the field of each problem. */
export function sendInputError(
  request: FastifyRequest,
  reply: FastifyReply,
  error: InputError,
): FastifyReply {
  return reply
    .status(error.statusCode)
    .header('content-type', 'application/json')
    .header('cache-control', 'no-store')
    .send({
      statusCode: error.statusCode,
      error: REASONS[error.statusCode] ?? 'Bad Request',
      message: error.problems.map((p) => `${p.field}: ${p.problem}`),
      errors: error.problems,
      requestId: String(request.id),
    });
}

/**
 * Installs the guard: a JSON parser that refuses bodies nested deeper than
 * MAX_JSON_DEPTH before parsing them (then Fastify's own parser, with its
 * prototype-poisoning checks), and a check of body, query and route
 * parameters of every request before its handler.
 */
export function registerInputGuard(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', { bodyLimit }, (request, body, done) => {
    if (jsonDepthExceeds(body.toString('utf8'), MAX_JSON_DEPTH)) {
      done(
        new InputError(400, [
          { field: 'body', problem: `nests deeper than ${MAX_JSON_DEPTH} levels` },
        ]),
        undefined,
      );
      return;
    }
    void parseJson(request as never, body.toString('utf8'), done);
  });
  fastify.addHook('preHandler', async (request, reply) => {
    const problems = [
      ...inputProblems(request.params, 'params'),
      ...inputProblems(request.query, 'query'),
      ...(isParsedJson(request) ? inputProblems(request.body, 'body') : []),
    ];
    if (problems.length > 0) return sendInputError(request, reply, new InputError(400, problems));
  });
}

function isParsedJson(request: FastifyRequest): boolean {
  return String(request.headers['content-type'] ?? '').includes('json');
}

/**
 * Fastify's `frameworkErrors`: a URL it cannot decode or a path parameter over
 * its length limit is refused before any route runs, with the same body as
 * every other error (and without echoing the URL back).
 */
export function frameworkErrors(
  error: { statusCode?: number; code?: string },
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const statusCode = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
  const problem =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'a path parameter is too long'
      : 'is not a valid URL (bad percent-encoding or not UTF-8)';
  void sendInputError(request, reply, new InputError(statusCode, [{ field: 'url', problem }]));
}
