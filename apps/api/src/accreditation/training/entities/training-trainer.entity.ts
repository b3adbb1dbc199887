import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProgrammeEntity } from '../../../programme-data/programmes/entities/programme.entity';
import { StaffMemberEntity } from '../../../programme-data/reference/entities/staff-member.entity';
import { TrainingEventEntity } from './training-event.entity';

/** A trainer of an event; `position` keeps the order the package listed them in. */
@Entity('training_trainers')
@Index('training_trainers_event_staff_key', ['eventId', 'staffId'], { unique: true })
@Index('training_trainers_staff_idx', ['staffId'])
export class TrainingTrainerEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @PrimaryColumn({ type: 'smallint' })
  position: number;

  @ManyToOne(() => TrainingEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: TrainingEventEntity;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'uuid' })
  staffId: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMemberEntity;
}
