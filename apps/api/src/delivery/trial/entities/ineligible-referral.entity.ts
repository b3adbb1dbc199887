import type { IneligibleReason } from '@attune/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalAuthorityEntity } from '../../../programme-data/reference/entities/local-authority.entity';
import { ProgrammeEntity } from '../../../programme-data/programmes/entities/programme.entity';

/**
 * A referral refused as ineligible, kept only as a count for the trial's
 * flow: the LA, the reason and the date, nothing about the family.
 */
@Entity('ineligible_referrals')
@Index('ineligible_referrals_programme_idx', ['programmeId'])
export class IneligibleReferralEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
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

  @Column({ type: 'varchar', length: 40 })
  reason: IneligibleReason;

  @Column({ type: 'date' })
  referralDate: string;
}
