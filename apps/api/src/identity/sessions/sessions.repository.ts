import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, LessThan, Not } from 'typeorm';
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

  /** The session of a token hash, with its user. */
  findByTokenHash(tokenHash: string): Promise<SessionEntity | null> {
    return this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u')
      .where('s.tokenHash = :hash', { hash: tokenHash })
      .getOne();
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
