import type { CostRole } from '@attune/domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { LocalAuthorityEntity } from './local-authority.entity';
import { ProgrammeEntity } from '../../programmes/entities/programme.entity';

/**
 * Anyone whose time costs money. The display name and notes are stored for
 * the people who work with them and never shown or exported to economists.
 */
@Entity('staff')
@Index('staff_programme_code_key', ['programmeId', 'code'], { unique: true })
@Index('staff_programme_la_idx', ['programmeId', 'laId'])
export class StaffMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 40 })
  costRole: CostRole;

  /** null for provider staff: their time is programme-wide. */
  @Column({ type: 'uuid', nullable: true })
  laId: string | null;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'la_id' })
  localAuthority?: LocalAuthorityEntity | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @VersionColumn()
  version: number;
}
