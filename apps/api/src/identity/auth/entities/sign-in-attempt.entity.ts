import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type SignInOutcome = 'success' | 'failure';

/**
 * Every sign-in whose password was checked, kept in PostgreSQL so that
 * throttling holds across several API instances. Attempts refused while
 * throttled are not stored (they only go to the audit log), so they do not
 * extend a lockout.
 */
@Entity('sign_in_attempts')
@Index('sign_in_attempts_email_at_idx', ['email', 'at'])
@Index('sign_in_attempts_address_at_idx', ['address', 'at'])
@Index('sign_in_attempts_at_idx', ['at'])
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** As typed (trimmed, lower-cased), whether or not such an account exists. */
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  address: string;

  @Column({ type: 'varchar', length: 10 })
  outcome: SignInOutcome;

  @Column({ type: 'timestamptz' })
  at: Date;
}
