import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { Principal } from '@attune/domain';
import type { FastifyRequest } from 'fastify';

/** The guard puts the signed-in user on the request; routes read it with @CurrentUser(). */
export type AuthenticatedRequest = FastifyRequest & {
  principal?: Principal;
  /** The id of the session the request came with (sign-out, password change). */
  sessionId?: string;
};

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!request.principal) throw new UnauthorizedException('Sign in first.');
    return request.principal;
  },
);
