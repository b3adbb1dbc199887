import type { BlockState } from '@attune/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LocalAuthorityEntity } from '../../../programme-data/reference/entities/local-authority.entity';
import { ProgrammeEntity } from '../../../programme-data/programmes/entities/programme.entity';

/**
 * The concealed state of one LA's allocation sequence (the rest of the
 * current permuted block). Written in the same transaction as the family it
 * randomised, read only under a row lock, and never sent to any client:
 * whoever sees it can predict the next allocations.
 */
@Entity('randomisation_blocks')
export class RandomisationBlockEntity {
  @PrimaryColumn({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @PrimaryColumn({ type: 'uuid' })
  laId: string;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'la_id' })
  localAuthority?: LocalAuthorityEntity;

  /** null before the LA's first allocation. */
  @Column({ type: 'jsonb', nullable: true })
  state: BlockState | null;

  /** How many families this randomiser has allocated in the LA (a check on the sequence). */
  @Column({ type: 'integer', default: 0 })
  allocations: number;
}
