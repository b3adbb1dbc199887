import type { Role } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, LessThan, Not } from 'typeorm';
import { primaryQuery } from '../../platform/database/primary-query';
import { SessionEntity } from './entities/session.entity';

/** A new session's row: only the token's hash is stored. */
export interface NewSession {
  tokenHash: string;
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  address: string | null;
  userAgent: string | null;
}

/** A session as the per-request check reads it. */
export interface SessionOfToken {
  id: string;
  lastSeenAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  revoked: boolean;
  userId: string;
  email: string;
  role: Role;
  laCode: string | null;
  staffCode: string | null;
  disabled: boolean;
  /** The data version of the programme asked for beside the session (null: no row yet). */
  dataVersion?: string | null;
}

const SESSION_OF_TOKEN = `SELECT s.id, s.last_seen_at AS "lastSeenAt", s.idle_expires_at AS "idleExpiresAt",
    s.absolute_expires_at AS "absoluteExpiresAt", s.revoked_at IS NOT NULL AS revoked,
    u.id AS "userId", u.email, u.role, u.la_code AS "laCode", u.staff_code AS "staffCode", u.disabled
  FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.token_hash = $1`;

/**
 * The same, with a programme's data version (DATA_VERSION_QUERY's) in one more column: one
 * statement, one round trip, for a route that reads both (platform/cache/request-version.ts).
 */
const SESSION_OF_TOKEN_AND_VERSION = SESSION_OF_TOKEN.replace(
  ' FROM sessions s',
  `, (SELECT v.version::text FROM delivery_versions v WHERE v.programme_id = $2) AS "dataVersion"
  FROM sessions s`,
);

/** sessions: every query and write of them. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts the session and returns its id. */
  async insert(manager: EntityManager, session: NewSession): Promise<string> {
    const result = await manager.insert(SessionEntity, { ...session, revokedAt: null });
    return String(result.identifiers[0]!.id);
  }

  async deleteEndedBefore(manager: EntityManager, now: Date): Promise<void> {
    await manager.delete(SessionEntity, { absoluteExpiresAt: LessThan(now) });
  }

  /**
   * The session of a token hash, with what its user signs in as, and the data
   * version of `versionOf` (a programme id) when given. Runs on every request:
   * one parameterised statement with only the columns the check needs, no
   * query building, entity hydration or query runner (primaryQuery).
   */
  async findByTokenHash(
    tokenHash: string,
    versionOf?: string,
  ): Promise<SessionOfToken | undefined> {
    const [row] = await (versionOf === undefined
      ? primaryQuery<SessionOfToken>(this.dataSource, SESSION_OF_TOKEN, [tokenHash])
      : primaryQuery<SessionOfToken>(this.dataSource, SESSION_OF_TOKEN_AND_VERSION, [
          tokenHash,
          versionOf,
        ]));
    return row;
  }

  async touch(id: string, lastSeenAt: Date, idleExpiresAt: Date): Promise<void> {
    await this.dataSource
      .getRepository(SessionEntity)
      .update({ id }, { lastSeenAt, idleExpiresAt });
  }

  async revoke(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.update(SessionEntity, { id, revokedAt: IsNull() }, { revokedAt: at });
  }

  /** Revokes every open session of the user but `exceptId`. */
  async revokeAllForUser(
    manager: EntityManager,
    userId: string,
    at: Date,
    exceptId?: string,
  ): Promise<void> {
    await manager.update(
      SessionEntity,
      { userId, revokedAt: IsNull(), ...(exceptId ? { id: Not(exceptId) } : {}) },
      { revokedAt: at },
    );
  }
}
