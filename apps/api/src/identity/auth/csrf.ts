import { ForbiddenException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/**
 * Defence against cross-site request forgery for cookie sign-in: besides
 * SameSite=Strict, every request that changes something must carry this
 * header. A page on another site cannot add a custom header to a cross-site
 * request without a CORS preflight, which Attune never grants.
 */
export const CSRF_HEADER = 'X-Requested-With';
export const CSRF_HEADER_VALUE = 'attune';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function checkCsrf(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  const value = request.headers[CSRF_HEADER.toLowerCase()];
  if (typeof value !== 'string' || value.toLowerCase() !== CSRF_HEADER_VALUE) {
    throw new ForbiddenException(
      `Refused: a ${request.method} request must carry the header "${CSRF_HEADER}: ${CSRF_HEADER_VALUE}" (protection against cross-site request forgery).`,
    );
  }
}
