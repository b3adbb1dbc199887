import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FamilyEntity } from '../../../delivery/families/entities/family.entity';
import { PractitionerEntity } from '../../../programme-data/reference/entities/practitioner.entity';
import { ProgrammeEntity } from '../../../programme-data/programmes/entities/programme.entity';
import { SupervisionSessionEntity } from './supervision-session.entity';

/** A practitioner at a supervision session, optionally with the family and cycle whose film was reviewed. */
@Entity('supervision_attendees')
@Index('supervision_attendees_session_practitioner_key', ['sessionId', 'practitionerId'], {
  unique: true,
})
@Index('supervision_attendees_practitioner_idx', ['practitionerId'])
@Index('supervision_attendees_programme_idx', ['programmeId', 'id'])
export class SupervisionAttendeeEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => SupervisionSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SupervisionSessionEntity;

  @Column({ type: 'uuid' })
  practitionerId: string;

  @ManyToOne(() => PractitionerEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'practitioner_id' })
  practitioner?: PractitionerEntity;

  @Column({ type: 'uuid', nullable: true })
  familyId: string | null;

  @ManyToOne(() => FamilyEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'family_id' })
  family?: FamilyEntity | null;

  @Column({ type: 'smallint', nullable: true })
  cycle: number | null;

  /** Attuned-interaction principles worked on (not in the data package). */
  @Column({ type: 'text', array: true, nullable: true })
  principles: string[] | null;
}
