import type { RuleSet } from '@attune/domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { ProgrammeEntity } from '../../../programme-data/programmes/entities/programme.entity';

/**
 * An accreditation rule set of a programme: a copy of a preset (made at
 * import) or an admin's edited copy. The stages live in `definition`, in the
 * domain's RuleSet shape.
 */
@Entity('rule_sets')
@Index('rule_sets_programme_code_key', ['programmeId', 'code'], { unique: true })
export class RuleSetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'varchar', length: 60 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'jsonb' })
  definition: RuleSet;

  @VersionColumn()
  version: number;
}
