import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProgrammeEntity } from '../../../programme-data/programmes/entities/programme.entity';
import { StaffMemberEntity } from '../../../programme-data/reference/entities/staff-member.entity';
import { TrainingEventEntity } from './training-event.entity';

@Entity('training_attendees')
@Index('training_attendees_event_staff_key', ['eventId', 'staffId'], { unique: true })
@Index('training_attendees_staff_idx', ['staffId'])
@Index('training_attendees_programme_idx', ['programmeId', 'id'])
export class TrainingAttendeeEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => TrainingEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: TrainingEventEntity;

  @Column({ type: 'uuid' })
  staffId: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMemberEntity;

  @Column({ type: 'integer' })
  minutesAttended: number;
}
