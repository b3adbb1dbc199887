import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../platform/config/config';
import type { AppConfig } from '../platform/config/config';
import { SignInAttemptEntity, SignInOutcome } from './entities/sign-in-attempt.entity';
import { addressRetryAt, lockedUntil } from './lockout';

export interface Refusal {
  reason: 'account_locked' | 'address_throttled';
  retryAfterSeconds: number;
}

/**
 * Sign-in throttling, per account and per client address, in PostgreSQL.
 * Callers hold the account's advisory lock (see `lockAccount`) for the whole
 * check-verify-record sequence, so two instances cannot both let a fifth
 * failure through at once.
 */
@Injectable()
export class SignInThrottle {
  private readonly windowMs: number;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.windowMs = config.ATTUNE_SIGNIN_WINDOW_MINUTES * 60_000;
  }

  async lockAccount(manager: EntityManager, email: string): Promise<void> {
    await manager.query(
      "SELECT pg_advisory_xact_lock(hashtextextended('attune-sign-in:' || $1, 0))",
      [email],
    );
  }

  async refusal(
    manager: EntityManager,
    email: string,
    address: string,
    now: Date,
  ): Promise<Refusal | null> {
    const since = new Date(now.getTime() - 2 * this.windowMs);
    const accountRows: Array<{ at: Date }> = await manager.query(
      `SELECT at FROM sign_in_attempts
        WHERE email = $1 AND outcome = 'failure' AND at > $2 AND at <= $3
          AND at > coalesce((SELECT max(at) FROM sign_in_attempts WHERE email = $1 AND outcome = 'success'), '-infinity')
        ORDER BY at ASC`,
      [email, since, now],
    );
    const lockEnd = lockedUntil(
      accountRows.map((r) => new Date(r.at).getTime()),
      this.config.ATTUNE_SIGNIN_MAX_FAILURES,
      this.windowMs,
    );
    if (lockEnd !== null && lockEnd > now.getTime()) {
      return { reason: 'account_locked', retryAfterSeconds: seconds(lockEnd - now.getTime()) };
    }
    const max = this.config.ATTUNE_SIGNIN_MAX_FAILURES_PER_ADDRESS;
    const addressRows: Array<{ at: Date }> = await manager.query(
      `SELECT at FROM sign_in_attempts
        WHERE address = $1 AND outcome = 'failure' AND at > $2 AND at <= $3
        ORDER BY at DESC LIMIT $4`,
      [address, new Date(now.getTime() - this.windowMs), now, max],
    );
    const retryAt = addressRetryAt(
      addressRows.map((r) => new Date(r.at).getTime()),
      max,
      this.windowMs,
      now.getTime(),
    );
    if (retryAt !== null) {
      return { reason: 'address_throttled', retryAfterSeconds: seconds(retryAt - now.getTime()) };
    }
    return null;
  }

  async record(
    manager: EntityManager,
    email: string,
    address: string,
    outcome: SignInOutcome,
    now: Date,
  ) {
    await manager.insert(SignInAttemptEntity, {
      email: email.slice(0, 320),
      address,
      outcome,
      at: now,
    });
    // Old attempts matter to nothing; dropping them here keeps the table small without a scheduler.
    if (outcome === 'success') {
      await manager.query('DELETE FROM sign_in_attempts WHERE at < $1', [
        new Date(now.getTime() - Math.max(2 * this.windowMs, 24 * 3600_000)),
      ]);
    }
  }
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
