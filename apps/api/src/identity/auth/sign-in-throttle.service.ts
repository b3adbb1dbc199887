import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../platform/config/config';
import type { AppConfig } from '../../platform/config/config';
import type { SignInOutcome } from './entities/sign-in-attempt.entity';
import { SignInAttemptsRepository } from './sign-in-attempts.repository';
import { accountRetryAt, addressRetryAt } from './lockout';

export interface Refusal {
  reason: 'account_address_throttled' | 'account_slowed' | 'address_throttled';
  retryAfterSeconds: number;
}

const DAY_MS = 24 * 3600_000;
/** An address the account signed in from within this long is its owner's: no account-wide delay. */
const KNOWN_ADDRESS_MS = 30 * DAY_MS;

/**
 * Sign-in throttling (OWASP ASVS 5.0 V6.1.1, V6.3.1), in PostgreSQL so that it
 * holds across instances. Three limits, none of which lets one person lock
 * out another:
 * - one account from one address: ATTUNE_SIGNIN_MAX_FAILURES failures within
 *   the window refuse that pair until the window has passed (a guesser stops;
 *   the owner elsewhere is not affected);
 * - one account from every address: after ATTUNE_SIGNIN_ACCOUNT_FAILURES
 *   failures within an hour, one attempt per ATTUNE_SIGNIN_ACCOUNT_DELAY_SECONDS
 *   (a delay, never a lock), except from an address the account signed in
 *   from within 30 days;
 * - one address across accounts: ATTUNE_SIGNIN_MAX_FAILURES_PER_ADDRESS
 *   failures within the window (password spraying).
 * Callers hold the account's advisory lock (see `lockAccount`) for the whole
 * check-verify-record sequence, so two instances cannot both let a failure
 * past a limit at once.
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
    const at = now.getTime();
    const windowStart = new Date(at - this.windowMs);
    const pairMax = this.config.ATTUNE_SIGNIN_MAX_FAILURES;
    const pair = await this.attempts.pairFailures(
      manager,
      email,
      address,
      windowStart,
      now,
      pairMax,
    );
    const pairRetry = addressRetryAt(pair, pairMax, this.windowMs, at);
    if (pairRetry !== null) return refuse('account_address_throttled', pairRetry, at);

    const threshold = this.config.ATTUNE_SIGNIN_ACCOUNT_FAILURES;
    const hourStart = new Date(at - 3_600_000);
    const account = await this.attempts.accountFailures(manager, email, hourStart, now, threshold);
    const accountRetry = accountRetryAt(
      account,
      threshold,
      this.config.ATTUNE_SIGNIN_ACCOUNT_DELAY_SECONDS * 1000,
      at,
    );
    if (
      accountRetry !== null &&
      !(await this.attempts.signedInFrom(manager, email, address, new Date(at - KNOWN_ADDRESS_MS)))
    ) {
      return refuse('account_slowed', accountRetry, at);
    }

    const max = this.config.ATTUNE_SIGNIN_MAX_FAILURES_PER_ADDRESS;
    const fromAddress = await this.attempts.addressFailures(
      manager,
      address,
      windowStart,
      now,
      max,
    );
    const addressRetry = addressRetryAt(fromAddress, max, this.windowMs, at);
    if (addressRetry !== null) return refuse('address_throttled', addressRetry, at);
    return null;
  }

  async record(
    manager: EntityManager,
    email: string,
    address: string,
    outcome: SignInOutcome,
    now: Date,
  ): Promise<void> {
    await this.attempts.insert(manager, { email: email.slice(0, 320), address, outcome, at: now });
    // Old attempts matter to nothing; dropping them here keeps the table small without a scheduler.
    // Successes are kept 30 days (they mark the owner's addresses), failures a day.
    if (outcome === 'success') {
      await this.attempts.prune(
        manager,
        new Date(now.getTime() - Math.max(2 * this.windowMs, DAY_MS)),
        new Date(now.getTime() - KNOWN_ADDRESS_MS),
      );
    }
  }
}

function refuse(reason: Refusal['reason'], retryAt: number, now: number): Refusal {
  return { reason, retryAfterSeconds: seconds(retryAt - now) };
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
