import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { LocalAuthorityEntity } from '../../../programme-data/reference/entities/local-authority.entity';
import { ProgrammeEntity } from '../../../programme-data/programmes/entities/programme.entity';

/**
 * A month an LA manager has signed off: that LA's time records for it are
 * read-only until an admin reopens it (which deletes the lock; both audited).
 */
@Entity('period_locks')
@Index('period_locks_programme_la_month_key', ['programmeId', 'laId', 'month'], { unique: true })
export class PeriodLockEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'uuid' })
  laId: string;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'la_id' })
  localAuthority?: LocalAuthorityEntity;

  /** `YYYY-MM`. */
  @Column({ type: 'char', length: 7 })
  month: string;

  /** The user who signed it off. */
  @Column({ type: 'uuid', nullable: true })
  lockedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  lockedAt: Date;

  @VersionColumn()
  version: number;
}
