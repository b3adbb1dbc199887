import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { auditContext } from '../audit/audit-context';
import { Public } from '../../platform/http/public.decorator';
import { APP_CONFIG } from '../../platform/config/config';
import type { AppConfig } from '../../platform/config/config';
import { AuthService, TooManyAttemptsException } from './auth.service';
import { Authorize } from './authorize.decorator';
import { CurrentUser } from './current-user.decorator';
import type { AuthenticatedRequest } from './current-user.decorator';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto, MeDto } from './dto/login.dto';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import type { Principal } from '@attune/domain';

function me(principal: Principal): MeDto {
  return {
    email: principal.email,
    role: principal.role,
    laCode: principal.laCode,
    staffCode: principal.staffCode,
  };
}

/** Passes a 429 on with Retry-After set, as RFC 9110 asks. */
async function withRetryAfter<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TooManyAttemptsException)
      void reply.header('retry-after', String(error.retryAfterSeconds));
    throw error;
  }
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto, description: 'Signed in: the attune_session cookie is set.' })
  @ApiUnauthorizedResponse({ description: 'Email or password is incorrect.' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts; see Retry-After.' })
  async login(
    @Body() body: LoginDto,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeDto> {
    const { principal, token } = await withRetryAfter(reply, () =>
      this.auth.signIn(body.email, body.password, {
        address: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        requestId: String(request.id),
      }),
    );
    // A browser signing in again leaves its previous session behind: end it.
    if (request.principal)
      await this.auth.signOut(request.principal, request.sessionId, auditContext(request));
    setSessionCookie(request, reply, token, this.config);
    return me(principal);
  }

  /** Public so that a browser whose session has already ended can still clear its cookie. */
  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out (also when there was no session).' })
  async logout(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.auth.signOut(request.principal, request.sessionId, auditContext(request));
    clearSessionCookie(request, reply, this.config);
  }

  @Get('me')
  @Authorize('read', 'Account')
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() principal: Principal): MeDto {
    return me(principal);
  }

  @Post('password')
  @HttpCode(204)
  @Authorize('update', 'Account')
  @ApiNoContentResponse({ description: 'Changed; every other session of the account is ended.' })
  async changePassword(
    @Body() body: ChangePasswordDto,
    @CurrentUser() principal: Principal,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await withRetryAfter(reply, () =>
      this.auth.changePassword(
        principal,
        request.sessionId,
        body.currentPassword,
        body.newPassword,
        {
          ...auditContext(request),
          address: request.ip,
        },
      ),
    );
  }
}
