import { defineAbilityFor } from '@attune/domain';
import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { IS_PUBLIC } from '../../platform/http/public.decorator';
import {
  READS_DATA_VERSION,
  type RequestWithDataVersion,
} from '../../platform/cache/request-version';
import { APP_CONFIG } from '../../platform/config/config';
import { isUuid } from '../../platform/ids/uuid';
import type { AppConfig } from '../../platform/config/config';
import { AUTHORIZE, Requirement } from './authorize.decorator';
import { checkCsrf } from './csrf';
import type { AuthenticatedRequest } from './current-user.decorator';
import { clearSessionCookie, sessionToken } from './session-cookie';
import { SessionsService } from '../sessions/sessions.service';

export const SESSION_EXPIRED = 'Your session has expired: sign in again.';
export const SIGN_IN_FIRST = 'Sign in first.';

/**
 * Runs before every route: a route must declare @Public() or @Authorize(),
 * or it is refused; unsafe methods need the CSRF header; the session cookie
 * gives request.principal; the route's requirement is checked against the
 * principal's abilities. Row-level rules are the services' (scopeFor).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic =
      this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true;
    const requirement = this.reflector.getAllAndOverride<Requirement | undefined>(
      AUTHORIZE,
      targets,
    );
    if (!isPublic && !requirement) {
      throw new ForbiddenException(
        'This route declares no permission, so it is closed to everyone.',
      );
    }
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest & RequestWithDataVersion>();
    checkCsrf(request);

    const token = sessionToken(request);
    const versionOf = this.versionOf(context, request);
    const auth = token
      ? await this.sessions.authenticate(token, versionOf)
      : ({ status: 'none' } as const);
    if (auth.status === 'ok') {
      request.principal = auth.principal;
      request.sessionId = auth.sessionId;
      if (versionOf !== undefined && auth.dataVersion !== undefined)
        request.dataVersion = { programmeId: versionOf, version: auth.dataVersion };
    } else if (token) {
      clearSessionCookie(request, http.getResponse<FastifyReply>(), this.config);
    }
    if (isPublic) return true;
    if (auth.status !== 'ok') {
      throw new UnauthorizedException(auth.status === 'expired' ? SESSION_EXPIRED : SIGN_IN_FIRST);
    }
    const { action, subject } = requirement!;
    if (!defineAbilityFor(auth.principal).can(action, subject)) {
      throw new ForbiddenException(
        `Your role (${auth.principal.role}) may not ${action} ${subject}.`,
      );
    }
    return true;
  }

  /** The programme whose data version the route reads first (@ReadsDataVersion), if its id is one. */
  private versionOf(
    context: ExecutionContext,
    request: AuthenticatedRequest & RequestWithDataVersion,
  ): string | undefined {
    const param = this.reflector.get<string | undefined>(READS_DATA_VERSION, context.getHandler());
    if (param === undefined) return undefined;
    const id = (request.params as Record<string, string | undefined>)[param];
    // Only a well-formed id is looked up (the route's own pipe answers 400 to anything else).
    return id !== undefined && isUuid(id) ? id : undefined;
  }
}
