import type { SessionOutcome, SessionType } from '@attune/domain';
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
import { PractitionerEntity } from '../../../programme-data/reference/entities/practitioner.entity';
import { ProgrammeEntity } from '../../../programme-data/programmes/entities/programme.entity';

/** A session with a family, with the minutes actually spent (costed whatever the outcome). */
@Entity('family_sessions')
@Index('family_sessions_programme_idx', ['programmeId', 'id'])
@Index('family_sessions_family_idx', ['familyId', 'date'])
@Index('family_sessions_practitioner_idx', ['practitionerId', 'date'])
export class FamilySessionEntity {
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

  @Column({ type: 'uuid' })
  practitionerId: string;

  @ManyToOne(() => PractitionerEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'practitioner_id' })
  practitioner?: PractitionerEntity;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 20 })
  type: SessionType;

  /** 1..cyclesPerFamily for filming and shared review; null otherwise. */
  @Column({ type: 'smallint', nullable: true })
  cycle: number | null;

  @Column({ type: 'varchar', length: 30 })
  outcome: SessionOutcome;

  @Column({ type: 'integer' })
  contactMinutes: number;

  @Column({ type: 'integer' })
  travelMinutes: number;

  @Column({ type: 'integer' })
  prepMinutes: number;

  @VersionColumn()
  version: number;
}
