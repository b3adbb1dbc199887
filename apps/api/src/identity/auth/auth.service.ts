import { passwordProblems, Principal } from '@attune/domain';
import { HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { UserAccountsService } from '../users/user-accounts.service';
import { invalidSentences } from '../../platform/http/errors';
import { hashPassword, verifyPassword } from '../users/password-hasher';
import { Clock } from '../../platform/clock/clock';
import { principalOf, SessionsService } from '../sessions/sessions.service';
import { Refusal, SignInThrottle } from './sign-in-throttle.service';

export const BAD_CREDENTIALS = 'Email or password is incorrect';

export interface SignInMeta {
  address: string;
  userAgent: string | null;
  requestId: string | null;
}

/** 429 with the seconds to wait; the controller copies them into Retry-After. */
export class TooManyAttemptsException extends HttpException {
  constructor(
    readonly retryAfterSeconds: number,
    what: string,
  ) {
    super(
      {
        message: `Too many failed ${what}: try again in ${minutes(retryAfterSeconds)}.`,
        retryAfterSeconds,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

type Attempt =
  | { kind: 'ok'; principal: Principal; token: string }
  | { kind: 'refused'; refusal: Refusal }
  | { kind: 'failed' };

@Injectable()
export class AuthService {
  /** A real hash of nothing anyone knows, so an unknown email costs as much time as a known one. */
  private dummyHash?: Promise<string>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly users: UserAccountsService,
    private readonly throttle: SignInThrottle,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Checks the throttle, then the password, and records the attempt, all
   * under the account's advisory lock. The same 401 whether or not the
   * account exists or is disabled.
   */
  async signIn(
    rawEmail: string,
    password: string,
    meta: SignInMeta,
  ): Promise<{ principal: Principal; token: string }> {
    const email = rawEmail.trim().toLowerCase();
    const context = { requestId: meta.requestId, address: meta.address };
    const result = await this.dataSource.transaction(async (manager): Promise<Attempt> => {
      await this.throttle.lockAccount(manager, email);
      const now = this.clock.now();
      const refusal = await this.throttle.refusal(manager, email, meta.address, now);
      if (refusal) {
        await this.audit.record(
          {
            action: 'auth.sign_in_refused',
            entityType: 'Session',
            after: { email, reason: refusal.reason },
            ...context,
          },
          manager,
        );
        return { kind: 'refused', refusal };
      }
      const user = await this.users.findByEmail(email, manager);
      const valid = await verifyPassword(user?.passwordHash ?? (await this.dummy()), password);
      if (!user || !valid || user.disabled) {
        await this.throttle.record(manager, email, meta.address, 'failure', now);
        await this.audit.record(
          {
            action: 'auth.sign_in_failed',
            entityType: 'Session',
            entityId: null,
            after: {
              email,
              reason: !user ? 'unknown_email' : !valid ? 'wrong_password' : 'account_disabled',
            },
            ...context,
          },
          manager,
        );
        return { kind: 'failed' };
      }
      await this.throttle.record(manager, email, meta.address, 'success', now);
      const { token, sessionId } = await this.sessions.create(manager, user.id, meta);
      const principal = principalOf(user);
      await this.audit.record(
        {
          action: 'auth.sign_in',
          entityType: 'Session',
          entityId: sessionId,
          principal,
          ...context,
        },
        manager,
      );
      return { kind: 'ok', principal, token };
    });
    if (result.kind === 'refused') {
      throw new TooManyAttemptsException(result.refusal.retryAfterSeconds, 'sign-in attempts');
    }
    if (result.kind === 'failed') throw new UnauthorizedException(BAD_CREDENTIALS);
    return result;
  }

  async signOut(
    principal: Principal | undefined,
    sessionId: string | undefined,
    context: AuditContext,
  ) {
    if (!sessionId) return;
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.revoke(sessionId, manager);
      await this.audit.record(
        {
          action: 'auth.sign_out',
          entityType: 'Session',
          entityId: sessionId,
          ...context,
          principal,
        },
        manager,
      );
    });
  }

  /** Changes one's own password; a wrong current password counts as a failed sign-in. */
  async changePassword(
    principal: Principal,
    sessionId: string | undefined,
    currentPassword: string,
    newPassword: string,
    context: AuditContext & { address: string },
  ): Promise<void> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      await this.throttle.lockAccount(manager, principal.email);
      const now = this.clock.now();
      const refusal = await this.throttle.refusal(manager, principal.email, context.address, now);
      if (refusal) return { refusal };
      const user = await this.users.findById(principal.id, manager);
      if (!user) throw new UnauthorizedException('Sign in first.');
      if (!(await verifyPassword(user.passwordHash, currentPassword))) {
        await this.throttle.record(manager, principal.email, context.address, 'failure', now);
        await this.audit.record(
          {
            action: 'auth.password_change_failed',
            entityType: 'User',
            entityId: user.id,
            ...context,
          },
          manager,
        );
        return { wrong: true };
      }
      const problems = passwordProblems(newPassword, { email: user.email });
      if (problems.length > 0) return { problems };
      await this.users.setPasswordHash(manager, user.id, await hashPassword(newPassword));
      await this.sessions.revokeAllForUser(user.id, manager, sessionId);
      await this.audit.record(
        { action: 'auth.password_change', entityType: 'User', entityId: user.id, ...context },
        manager,
      );
      return {};
    });
    if (outcome.refusal) {
      throw new TooManyAttemptsException(outcome.refusal.retryAfterSeconds, 'password attempts');
    }
    if (outcome.wrong)
      throw invalidSentences({ field: 'currentPassword', problem: 'currentPassword is incorrect' });
    if (outcome.problems)
      throw invalidSentences(
        ...outcome.problems.map((p) => ({ field: 'newPassword', problem: `newPassword ${p}` })),
      );
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= hashPassword(randomBytes(24).toString('base64url'));
    return this.dummyHash;
  }
}

function minutes(seconds: number): string {
  const m = Math.ceil(seconds / 60);
  return m === 1 ? '1 minute' : `${m} minutes`;
}
