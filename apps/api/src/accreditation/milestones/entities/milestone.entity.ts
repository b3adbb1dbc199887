import type { MilestoneOutcome, MilestoneType } from '@attune/domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { PractitionerEntity } from '../../../programme-data/reference/entities/practitioner.entity';
import { ProgrammeEntity } from '../../../programme-data/programmes/entities/programme.entity';
import { StaffMemberEntity } from '../../../programme-data/reference/entities/staff-member.entity';

@Entity('milestones')
@Index('milestones_practitioner_idx', ['practitionerId', 'date'])
@Index('milestones_programme_idx', ['programmeId', 'id'])
export class MilestoneEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'uuid' })
  practitionerId: string;

  @ManyToOne(() => PractitionerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practitioner_id' })
  practitioner?: PractitionerEntity;

  @Column({ type: 'varchar', length: 40 })
  type: MilestoneType;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'uuid', nullable: true })
  assessorId: string | null;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'assessor_id' })
  assessor?: StaffMemberEntity | null;

  @Column({ type: 'varchar', length: 20 })
  outcome: MilestoneOutcome;

  @VersionColumn()
  version: number;
}
