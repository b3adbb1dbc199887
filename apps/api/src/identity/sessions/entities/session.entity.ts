import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256
 * hash is stored, so a copy of this table cannot be used to sign in.
 */
@Entity('sessions')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Hex SHA-256 of the cookie's token. */
  @Index('sessions_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Index('sessions_user_id_idx')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt: Date;

  /** Moves on with each request (idle timeout), never past absoluteExpiresAt. */
  @Column({ type: 'timestamptz' })
  idleExpiresAt: Date;

  @Column({ type: 'timestamptz' })
  absoluteExpiresAt: Date;

  /** Set by sign-out, a password change or reset, or disabling the account. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;
}
