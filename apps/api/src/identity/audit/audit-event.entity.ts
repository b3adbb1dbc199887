import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One thing that happened: who, when, what, to which record, and the change.
 * Append-only: a trigger (see the AuditEvents migration) refuses UPDATE,
 * DELETE and TRUNCATE, whoever the database user is.
 */
@Entity('audit_events')
@Index('audit_events_at_idx', ['at'])
@Index('audit_events_action_idx', ['action'])
@Index('audit_events_user_email_idx', ['userEmail'])
export class AuditEventEntity {
  /** A bigint, so TypeORM hands it over as a string. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  /** No foreign key: the record must outlive the account it names. */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  userEmail: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  userRole: string | null;

  @Column({ type: 'varchar', length: 100 })
  action: string;

  @Column({ type: 'varchar', length: 100 })
  entityType: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  entityId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  address: string | null;
}
