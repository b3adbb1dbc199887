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

/** A year's price index value, exact, for bringing costs to the programme's price year. */
@Entity('price_indices')
@Index('price_indices_programme_year_key', ['programmeId', 'year'], { unique: true })
export class PriceIndexEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'numeric' })
  index: string;

  @VersionColumn()
  version: number;
}
