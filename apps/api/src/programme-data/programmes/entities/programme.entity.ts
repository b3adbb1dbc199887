import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * A programme: the unit of import and export. Every other domain table
 * carries its programme_id, and codes are unique within a programme, so
 * several programmes live side by side. Dates are `date` read as
 * `YYYY-MM-DD` strings; decimals are `numeric` read as exact strings.
 */
@Entity('programmes')
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200 })
  funder: string;

  @Column({ type: 'varchar', length: 200 })
  provider: string;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  intakeStart: string;

  @Column({ type: 'date' })
  intakeEnd: string;

  @Column({ type: 'date' })
  deliveryEnd: string;

  /** Set in the programme settings; `report_due` in programme.csv (optional). */
  @Column({ type: 'date', nullable: true })
  reportDue: string | null;

  @Column({ type: 'smallint' })
  priceYear: number;

  /** A fraction (`0.035`), exact. */
  @Column({ type: 'numeric' })
  discountRate: string;

  @Column({ type: 'integer' })
  minFamiliesPerPractitioner: number;

  @Column({ type: 'integer' })
  minSessionsPerFamily: number;

  @Column({ type: 'integer' })
  cyclesPerFamily: number;

  /** Set in the programme settings (the seeds' programme: 21); optional in programme.csv. */
  @Column({ type: 'integer', nullable: true })
  targetPractitionerCount: number | null;

  /** Sensitivity: every staff unit cost x this in the low scenario (below 1), exact. */
  @Column({ type: 'numeric', default: () => '0.8' })
  sensitivityLow: string;

  /** ... and x this in the high scenario (above 1). */
  @Column({ type: 'numeric', default: () => '1.2' })
  sensitivityHigh: string;

  /** The code of the rule set in force (a row of rule_sets of this programme). */
  @Column({ type: 'varchar', length: 60 })
  ruleSet: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
