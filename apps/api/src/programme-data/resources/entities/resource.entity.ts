import type { Bearer, CostType, ResourceCategory } from '@attune/domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { LocalAuthorityEntity } from '../../reference/entities/local-authority.entity';
import { ProgrammeEntity } from '../../programmes/entities/programme.entity';

/** A non-staff cost, of one LA or programme-wide (la_id null). */
@Entity('resources')
@Index('resources_programme_la_idx', ['programmeId', 'laId'])
export class ResourceEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'varchar', length: 300 })
  description: string;

  @Column({ type: 'varchar', length: 30 })
  category: ResourceCategory;

  @Column({ type: 'uuid', nullable: true })
  laId: string | null;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'la_id' })
  localAuthority?: LocalAuthorityEntity | null;

  @Column({ type: 'varchar', length: 20 })
  costType: CostType;

  /** Up to three decimals (miles, days), exact. */
  @Column({ type: 'numeric' })
  quantity: string;

  @Column({ type: 'integer' })
  unitCostPence: number;

  @Column({ type: 'smallint' })
  priceYear: number;

  /** 1 unless durable. */
  @Column({ type: 'integer', default: 1 })
  usefulLifeYears: number;

  @Column({ type: 'varchar', length: 20 })
  bearer: Bearer;

  @Column({ type: 'date' })
  date: string;

  @VersionColumn()
  version: number;
}
