import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One piece (up to 1 MiB) of a job's result file, in order. */
@Entity('job_chunks')
export class JobChunkEntity {
  @PrimaryColumn({ type: 'uuid' })
  jobId: string;

  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @Column({ type: 'bytea' })
  data: Buffer;
}
