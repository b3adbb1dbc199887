import type {
  FamilyStatus,
  FollowUpStatus,
  SupportKind,
  NotProceededReason,
  Outcome6m,
  Plan,
  ReferralSource,
  TrialArm,
  WithdrawnReason,
} from '@attune/domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { LocalAuthorityEntity } from '../../../programme-data/reference/entities/local-authority.entity';
import { PractitionerEntity } from '../../../programme-data/reference/entities/practitioner.entity';
import { ProgrammeEntity } from '../../../programme-data/programmes/entities/programme.entity';

/**
 * A family, known only by its pseudonymous reference: no name, no full date
 * of birth (the child's birth month only), nothing that identifies it.
 * `status*` hold the current status; family_status_changes its history.
 */
@Entity('families')
@Index('families_programme_reference_key', ['programmeId', 'reference'], { unique: true })
@Index('families_programme_la_idx', ['programmeId', 'laId'])
@Index('families_practitioner_idx', ['practitionerId'])
export class FamilyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'varchar', length: 40 })
  reference: string;

  @Column({ type: 'uuid' })
  laId: string;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'la_id' })
  localAuthority?: LocalAuthorityEntity;

  @Column({ type: 'date' })
  referralDate: string;

  /** `YYYY-MM`: the month only, never the day. */
  @Column({ type: 'char', length: 7 })
  childBirthMonth: string;

  @Column({ type: 'varchar', length: 10 })
  planAtReferral: Plan;

  @Column({ type: 'boolean' })
  courtProceedings: boolean;

  @Column({ type: 'varchar', length: 20 })
  trialArm: TrialArm;

  @Column({ type: 'date', nullable: true })
  randomisationDate: string | null;

  @Column({ type: 'uuid', nullable: true })
  practitionerId: string | null;

  @ManyToOne(() => PractitionerEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'practitioner_id' })
  practitioner?: PractitionerEntity | null;

  /** Consent to filming; not in the data package (null: not recorded). */
  @Column({ type: 'boolean', nullable: true })
  consentFilming: boolean | null;

  /** Consent to clips being used in supervision and training; not in the data package. */
  @Column({ type: 'boolean', nullable: true })
  consentClipsUse: boolean | null;

  @Column({ type: 'varchar', length: 20 })
  status: FamilyStatus;

  @Column({ type: 'date', nullable: true })
  statusDate: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  statusReason: NotProceededReason | WithdrawnReason | null;

  /** CP / CiN / none / looked-after status six months after randomisation. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome6m: Outcome6m | null;

  /** Who referred the family (null: not recorded). */
  @Column({ type: 'varchar', length: 30, nullable: true })
  referralSource: ReferralSource | null;

  /** The evaluation's baseline questionnaire was completed (the date only, never the answers). */
  @Column({ type: 'date', nullable: true })
  baselineCompletedOn: string | null;

  /** The four-month follow-up: completed or missed (null: still to come), and when. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  followUp4mStatus: FollowUpStatus | null;

  @Column({ type: 'date', nullable: true })
  followUp4mOn: string | null;

  /** When the six-month outcome was recorded. */
  @Column({ type: 'date', nullable: true })
  outcome6mRecordedOn: string | null;

  /** Needs translation or additional support to take part in the evaluation (null: not asked). */
  @Column({ type: 'boolean', nullable: true })
  supportNeeded: boolean | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  supportKind: SupportKind | null;

  /** Why an admin allocated the family outside the trial (its arm is then not_randomised). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  outsideTrialReason: string | null;

  @VersionColumn()
  version: number;
}
