import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { ProgrammeEntity } from '../../../programme-data/programmes/entities/programme.entity';

/**
 * One bulk import of time entries: the file's content hash (unique in the
 * programme, so the same file loaded twice is refused), its format, and what
 * it wrote. The rows themselves are ordinary time entries.
 */
@Entity('time_entry_imports')
@Unique('time_entry_imports_programme_hash_key', ['programmeId', 'contentHash'])
export class TimeEntryImportEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  /** SHA-256 of the file's bytes, hex. */
  @Column({ type: 'char', length: 64 })
  contentHash: string;

  @Column({ type: 'varchar', length: 10 })
  format: 'csv' | 'xlsx';

  /** As the uploader named it (at most 255 characters), for the audit trail. */
  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'integer' })
  rows: number;

  @Column({ type: 'bigint' })
  minutes: string;

  /** The user who imported it. */
  @Column({ type: 'uuid', nullable: true })
  importedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  importedAt: Date;
}
