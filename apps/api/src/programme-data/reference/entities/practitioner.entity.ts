import type { PractitionerStatus, PractitionerStatusReason, SubstantiveRole } from '@attune/domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  VersionColumn,
} from 'typeorm';
import { ProgrammeEntity } from '../../programmes/entities/programme.entity';
import { StaffMemberEntity } from './staff-member.entity';

/**
 * A VIG trainee: a staff member (same id) in an LA. Records that name a
 * practitioner (families, sessions, attendees, milestones) point here.
 */
@Entity('practitioners')
@Index('practitioners_programme_idx', ['programmeId'])
@Index('practitioners_supervisor_idx', ['supervisorId'])
export class PractitionerEntity {
  /** The staff member's id. */
  @PrimaryColumn({ type: 'uuid' })
  staffId: string;

  @OneToOne(() => StaffMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMemberEntity;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'varchar', length: 40 })
  substantiveRole: SubstantiveRole;

  @Column({ type: 'numeric' })
  fte: string;

  @Column({ type: 'numeric' })
  vigHoursPerWeek: string;

  @Column({ type: 'date' })
  startDate: string;

  /** A staff member (usually a VIG supervisor). */
  @Column({ type: 'uuid', nullable: true })
  supervisorId: string | null;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'supervisor_id' })
  supervisor?: StaffMemberEntity | null;

  @Column({ type: 'varchar', length: 20 })
  status: PractitionerStatus;

  @Column({ type: 'date', nullable: true })
  statusDate: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  statusReason: PractitionerStatusReason | null;

  @VersionColumn()
  version: number;
}
