import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../platform/config/config';
import type { AppConfig } from '../../platform/config/config';
import type { SignInOutcome } from './entities/sign-in-attempt.entity';
import { SignInAttemptsRepository } from './sign-in-attempts.repository';
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

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly attempts: SignInAttemptsRepository,
  ) {
    this.windowMs = config.ATTUNE_SIGNIN_WINDOW_MINUTES * 60_000;
  }

  async lockAccount(manager: EntityManager, email: string): Promise<void> {
    await this.attempts.lockAccount(manager, email);
  }

  async refusal(
    manager: EntityManager,
    email: string,
    address: string,
    now: Date,
  ): Promise<Refusal | null> {
    const since = new Date(now.getTime() - 2 * this.windowMs);
    const accountFailures = await this.attempts.accountFailures(manager, email, since, now);
    const lockEnd = lockedUntil(
      accountFailures,
      this.config.ATTUNE_SIGNIN_MAX_FAILURES,
      this.windowMs,
    );
    if (lockEnd !== null && lockEnd > now.getTime()) {
      return { reason: 'account_locked', retryAfterSeconds: seconds(lockEnd - now.getTime()) };
    }
    const max = this.config.ATTUNE_SIGNIN_MAX_FAILURES_PER_ADDRESS;
    const addressFailures = await this.attempts.addressFailures(
      manager,
      address,
      new Date(now.getTime() - this.windowMs),
      now,
      max,
    );
    const retryAt = addressRetryAt(addressFailures, max, this.windowMs, now.getTime());
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
    await this.attempts.insert(manager, { email: email.slice(0, 320), address, outcome, at: now });
    // Old attempts matter to nothing; dropping them here keeps the table small without a scheduler.
    if (outcome === 'success') {
      await this.attempts.deleteBefore(
        manager,
        new Date(now.getTime() - Math.max(2 * this.windowMs, 24 * 3600_000)),
      );
    }
  }
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
