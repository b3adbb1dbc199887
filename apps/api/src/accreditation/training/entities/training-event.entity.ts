import type { TrainingType } from '@attune/domain';
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

@Entity('training_events')
@Index('training_events_programme_code_key', ['programmeId', 'code'], { unique: true })
export class TrainingEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  /** The event's `id` in the data package, unique in the programme. */
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 30 })
  type: TrainingType;

  @Column({ type: 'integer' })
  durationMinutes: number;

  /** Not in the data package. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  venue: string | null;

  @VersionColumn()
  version: number;
}
