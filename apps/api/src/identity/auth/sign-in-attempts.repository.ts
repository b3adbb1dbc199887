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

  /** Times of the latest `limit` failures of the account from the address in (since, now], after their last success there; newest first. */
  async pairFailures(
    manager: EntityManager,
    email: string,
    address: string,
    since: Date,
    now: Date,
    limit: number,
  ): Promise<number[]> {
    return times(
      manager,
      `SELECT at FROM sign_in_attempts
        WHERE email = $1 AND address = $2 AND outcome = 'failure' AND at > $3 AND at <= $4
          AND at > coalesce((SELECT max(at) FROM sign_in_attempts WHERE email = $1 AND address = $2 AND outcome = 'success'), '-infinity')
        ORDER BY at DESC LIMIT $5`,
      [email, address, since, now, limit],
    );
  }

  /** Times of the latest `limit` failures of the account in (since, now], after its last success; newest first. */
  async accountFailures(
    manager: EntityManager,
    email: string,
    since: Date,
    now: Date,
    limit: number,
  ): Promise<number[]> {
    return times(
      manager,
      `SELECT at FROM sign_in_attempts
        WHERE email = $1 AND outcome = 'failure' AND at > $2 AND at <= $3
          AND at > coalesce((SELECT max(at) FROM sign_in_attempts WHERE email = $1 AND outcome = 'success'), '-infinity')
        ORDER BY at DESC LIMIT $4`,
      [email, since, now, limit],
    );
  }

  /** Times of the address's latest `limit` failures in (since, now], newest first. */
  async addressFailures(
    manager: EntityManager,
    address: string,
    since: Date,
    now: Date,
    limit: number,
  ): Promise<number[]> {
    return times(
      manager,
      `SELECT at FROM sign_in_attempts
        WHERE address = $1 AND outcome = 'failure' AND at > $2 AND at <= $3
        ORDER BY at DESC LIMIT $4`,
      [address, since, now, limit],
    );
  }

  /** Whether the account signed in successfully from the address after `since`. */
  async signedInFrom(
    manager: EntityManager,
    email: string,
    address: string,
    since: Date,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM sign_in_attempts
        WHERE email = $1 AND address = $2 AND outcome = 'success' AND at > $3 LIMIT 1`,
      [email, address, since],
    );
    return rows.length > 0;
  }

  async insert(
    manager: EntityManager,
    attempt: { email: string; address: string; outcome: SignInOutcome; at: Date },
  ): Promise<void> {
    await manager.insert(SignInAttemptEntity, attempt);
  }

  /** Drops failures before `failuresBefore` and any attempt before `anyBefore`. */
  async prune(manager: EntityManager, failuresBefore: Date, anyBefore: Date): Promise<void> {
    await manager.query(
      `DELETE FROM sign_in_attempts WHERE (outcome = 'failure' AND at < $1) OR at < $2`,
      [failuresBefore, anyBefore],
    );
  }
}

async function times(manager: EntityManager, sql: string, params: unknown[]): Promise<number[]> {
  const rows: Array<{ at: Date }> = await manager.query(sql, params);
  return rows.map((r) => new Date(r.at).getTime());
}
