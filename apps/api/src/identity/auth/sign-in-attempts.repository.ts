import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SignInAttemptEntity, SignInOutcome } from './entities/sign-in-attempt.entity';

/** sign_in_attempts, and the advisory lock that serialises one account's sign-ins. */
@Injectable()
export class SignInAttemptsRepository {
  /** Holds the account's lock until the transaction ends. */
  async lockAccount(manager: EntityManager, email: string): Promise<void> {
    await manager.query(
      "SELECT pg_advisory_xact_lock(hashtextextended('attune-sign-in:' || $1, 0))",
      [email],
    );
  }

  /** Times of the account's failures in (since, now] after its last success, oldest first. */
  async accountFailures(
    manager: EntityManager,
    email: string,
    since: Date,
    now: Date,
  ): Promise<number[]> {
    const rows: Array<{ at: Date }> = await manager.query(
      `SELECT at FROM sign_in_attempts
        WHERE email = $1 AND outcome = 'failure' AND at > $2 AND at <= $3
          AND at > coalesce((SELECT max(at) FROM sign_in_attempts WHERE email = $1 AND outcome = 'success'), '-infinity')
        ORDER BY at ASC`,
      [email, since, now],
    );
    return rows.map((r) => new Date(r.at).getTime());
  }

  /** Times of the address's latest `limit` failures in (since, now], newest first. */
  async addressFailures(
    manager: EntityManager,
    address: string,
    since: Date,
    now: Date,
    limit: number,
  ): Promise<number[]> {
    const rows: Array<{ at: Date }> = await manager.query(
      `SELECT at FROM sign_in_attempts
        WHERE address = $1 AND outcome = 'failure' AND at > $2 AND at <= $3
        ORDER BY at DESC LIMIT $4`,
      [address, since, now, limit],
    );
    return rows.map((r) => new Date(r.at).getTime());
  }

  async insert(
    manager: EntityManager,
    attempt: { email: string; address: string; outcome: SignInOutcome; at: Date },
  ): Promise<void> {
    await manager.insert(SignInAttemptEntity, attempt);
  }

  async deleteBefore(manager: EntityManager, before: Date): Promise<void> {
    await manager.query('DELETE FROM sign_in_attempts WHERE at < $1', [before]);
  }
}
