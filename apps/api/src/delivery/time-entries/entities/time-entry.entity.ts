import type { TimeEntryActivity } from '@attune/domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { FamilyEntity } from '../../families/entities/family.entity';
import { LocalAuthorityEntity } from '../../../programme-data/reference/entities/local-authority.entity';
import { ProgrammeEntity } from '../../../programme-data/programmes/entities/programme.entity';
import { StaffMemberEntity } from '../../../programme-data/reference/entities/staff-member.entity';

/** Staff time not captured by sessions or training. The note is never shown to economists. */
@Entity('time_entries')
@Index('time_entries_programme_la_date_idx', ['programmeId', 'laId', 'date'])
@Index('time_entries_programme_idx', ['programmeId', 'id'])
@Index('time_entries_staff_idx', ['staffId', 'date'])
@Index('time_entries_family_idx', ['familyId'])
export class TimeEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'uuid' })
  staffId: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMemberEntity;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 30 })
  activity: TimeEntryActivity;

  @Column({ type: 'integer' })
  minutes: number;

  /** The LA the time is for; null means the person's own LA. */
  @Column({ type: 'uuid', nullable: true })
  laId: string | null;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'la_id' })
  localAuthority?: LocalAuthorityEntity | null;

  @Column({ type: 'uuid', nullable: true })
  familyId: string | null;

  @ManyToOne(() => FamilyEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'family_id' })
  family?: FamilyEntity | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @VersionColumn()
  version: number;
}
