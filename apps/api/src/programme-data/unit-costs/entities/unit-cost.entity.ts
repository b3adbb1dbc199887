import type { CostRole, UnitCostBasis } from '@attune/domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { ProgrammeEntity } from '../../programmes/entities/programme.entity';

/** The hourly cost of a cost role over a period, in pence of its price year. */
@Entity('unit_costs')
@Index('unit_costs_programme_idx', ['programmeId', 'costRole'])
export class UnitCostEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'varchar', length: 40 })
  costRole: CostRole;

  @Column({ type: 'integer' })
  hourlyCostPence: number;

  @Column({ type: 'smallint' })
  priceYear: number;

  @Column({ type: 'varchar', length: 20 })
  basis: UnitCostBasis;

  @Column({ type: 'varchar', length: 300 })
  source: string;

  /** Inclusive; null is open. */
  @Column({ type: 'date', nullable: true })
  effectiveFrom: string | null;

  /** Inclusive; null is open. */
  @Column({ type: 'date', nullable: true })
  effectiveTo: string | null;

  @VersionColumn()
  version: number;
}
