import type { FamilyStatus } from '@attune/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ProgrammeEntity } from '../../../programme-data/programmes/entities/programme.entity';
import { FamilyEntity } from './family.entity';

/** One step of a family's status history (an import records the status the package gives). */
@Entity('family_status_changes')
@Index('family_status_changes_family_idx', ['familyId', 'id'])
export class FamilyStatusChangeEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'uuid' })
  familyId: string;

  @ManyToOne(() => FamilyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'family_id' })
  family?: FamilyEntity;

  @Column({ type: 'varchar', length: 20 })
  status: FamilyStatus;

  @Column({ type: 'date', nullable: true })
  statusDate: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  statusReason: string | null;

  /** The user who made the change; null for an import. */
  @Column({ type: 'uuid', nullable: true })
  changedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
