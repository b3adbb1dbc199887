import type { Principal } from '@attune/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../platform/config/config';
import type { AppConfig } from '../../platform/config/config';
import { Clock } from '../../platform/clock/clock';
import { hasReplicas } from '../../platform/database/read-replica';
import { SessionsRepository } from './sessions.repository';

export type Authentication =
  | {
      status: 'ok';
      principal: Principal;
      sessionId: string;
      /** The data version asked for with `versionOf` (null: none yet), when read with the session. */
      dataVersion?: string | null;
    }
  | { status: 'expired' }
  | { status: 'none' };

/** Touching a session on every request would write on every request: once a minute is enough. */
const TOUCH_AFTER_MS = 60_000;

export function hashToken(token: string): string {
  // One-shot: no Hash object per request.
  return hash('sha256', token, 'hex');
}

/** The signed-in account's fields a session carries. */
export type Account = Pick<Principal, 'id' | 'email' | 'role' | 'laCode' | 'staffCode'>;

export function principalOf(user: Account): Principal {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    laCode: user.laCode,
    staffCode: user.staffCode,
  };
}

@Injectable()
export class SessionsService {
  private readonly idleMs: number;
  private readonly absoluteMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.idleMs = config.ATTUNE_SESSION_IDLE_MINUTES * 60_000;
    this.absoluteMs = config.ATTUNE_SESSION_ABSOLUTE_HOURS * 3_600_000;
  }

  /** Starts a session; returns the token for the cookie (never stored). */
  async create(
    manager: EntityManager,
    userId: string,
    meta: { address: string | null; userAgent: string | null },
  ): Promise<{ token: string; sessionId: string }> {
    const now = this.clock.now();
    const token = randomBytes(32).toString('base64url');
    const absolute = new Date(now.getTime() + this.absoluteMs);
    const sessionId = await this.sessions.insert(manager, {
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      idleExpiresAt: new Date(Math.min(now.getTime() + this.idleMs, absolute.getTime())),
      absoluteExpiresAt: absolute,
      address: meta.address?.slice(0, 64) ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    // Sessions past their absolute end are of no use to anyone: drop them as new ones start.
    await this.sessions.deleteEndedBefore(manager, now);
    return { token, sessionId };
  }

  /**
   * The signed-in user for a cookie token, moving the idle expiry on; with
   * `versionOf`, the data version of that programme too, in the same statement.
   * Sessions are read on the primary: with read replicas a report's version is
   * its replica's, so then it is left to the report to read.
   */
  async authenticate(token: string, versionOf?: string): Promise<Authentication> {
    const now = this.clock.now();
    const withVersion = versionOf !== undefined && !hasReplicas(this.dataSource);
    const session = await this.sessions.findByTokenHash(
      hashToken(token),
      withVersion ? versionOf : undefined,
    );
    if (!session || session.revoked || session.disabled) return { status: 'none' };
    if (now >= session.idleExpiresAt || now >= session.absoluteExpiresAt)
      return { status: 'expired' };
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_AFTER_MS) {
      const idle = Math.min(now.getTime() + this.idleMs, session.absoluteExpiresAt.getTime());
      await this.sessions.touch(session.id, now, new Date(idle));
    }
    return {
      status: 'ok',
      principal: principalOf({ ...session, id: session.userId }),
      sessionId: session.id,
      ...(withVersion && { dataVersion: session.dataVersion }),
    };
  }

  async revoke(sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await this.sessions.revoke(manager, sessionId, this.clock.now());
  }

  /** Ends every session of a user, but the one given (the caller's own, after a password change). */
  async revokeAllForUser(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
    exceptSessionId?: string,
  ): Promise<void> {
    await this.sessions.revokeAllForUser(manager, userId, this.clock.now(), exceptSessionId);
  }
}
