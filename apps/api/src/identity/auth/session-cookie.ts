import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../platform/config/config';

export const SESSION_COOKIE = 'attune_session';

/** Secure when the request came over HTTPS (directly or through a proxy) or when configured so. */
function secure(request: FastifyRequest, config: AppConfig): boolean {
  return config.ATTUNE_SECURE_COOKIES === true || request.protocol === 'https';
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  config: AppConfig,
): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: secure(request, config),
    // The browser may forget it no later than the server does.
    maxAge: config.ATTUNE_SESSION_ABSOLUTE_HOURS * 3600,
  });
}

export function clearSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  config: AppConfig,
): void {
  void reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: secure(request, config),
  });
}

export function sessionToken(request: FastifyRequest): string | undefined {
  const value = request.cookies?.[SESSION_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined;
}
