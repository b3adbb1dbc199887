import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JobStatus } from '@attune/contract';

export type { JobStatus };

/**
 * A unit of background work (a workbook export) on a PostgreSQL-backed queue:
 * any API instance may claim it, and its result is stored in the database so
 * whichever instance answers the download can stream it.
 */
@Entity('jobs')
@Index('jobs_queue_idx', ['status', 'createdAt'])
export class JobEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  type: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  params: Record<string, unknown>;

  @Column({ type: 'varchar', length: 12, default: 'queued' })
  status: JobStatus;

  /** Whole percent, 0 to 100. */
  @Column({ type: 'smallint', default: 0 })
  progress: number;

  @Column({ type: 'uuid' })
  requestedBy: string;

  @Column({ type: 'smallint', default: 0 })
  attempts: number;

  /** Which instance is running it (host:pid), for diagnosis. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  lockedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  heartbeatAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  resultFileName: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  resultContentType: string | null;

  @Column({ type: 'bigint', nullable: true })
  resultBytes: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
