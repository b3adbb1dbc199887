import type { SupervisionFormat, SupervisionMode } from '@attune/domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { ProgrammeEntity } from '../../../programme-data/programmes/entities/programme.entity';
import { StaffMemberEntity } from '../../../programme-data/reference/entities/staff-member.entity';

@Entity('supervision_sessions')
@Index('supervision_sessions_programme_code_key', ['programmeId', 'code'], { unique: true })
@Index('supervision_sessions_supervisor_idx', ['supervisorId', 'date'])
export class SupervisionSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  /** The session's `id` in the data package, unique in the programme. */
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'uuid' })
  supervisorId: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'supervisor_id' })
  supervisor?: StaffMemberEntity;

  @Column({ type: 'varchar', length: 20 })
  format: SupervisionFormat;

  @Column({ type: 'varchar', length: 20 })
  mode: SupervisionMode;

  @Column({ type: 'integer' })
  durationMinutes: number;

  @Column({ type: 'integer' })
  prepMinutes: number;

  /** The supervisor's free-text notes: shown to admins and supervisors only, never to economists. */
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @VersionColumn()
  version: number;
}
