import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource, Repository } from 'typeorm';
import { JobEntity, JobStatus } from './entities/job.entity';

/** A job whose heartbeat is older than this is taken to have lost its instance. */
export const STALE_AFTER_SECONDS = 60;
export const MAX_ATTEMPTS = 3;

function fromRow(row: Record<string, unknown>): Partial<JobEntity> {
  return {
    id: row.id as string,
    type: row.type as string,
    params: row.params as Record<string, unknown>,
    status: row.status as JobStatus,
    progress: Number(row.progress),
    requestedBy: row.requested_by as string,
    attempts: Number(row.attempts),
  };
}

/** The jobs queue and its result files (jobs, job_chunks). */
@Injectable()
export class JobsRepository {
  constructor(
    @InjectRepository(JobEntity) private readonly jobs: Repository<JobEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async insert(type: string, params: Record<string, unknown>, requestedBy: string) {
    return this.jobs.save(this.jobs.create({ type, params, requestedBy }));
  }

  async find(id: string): Promise<JobEntity | null> {
    return this.jobs.findOneBy({ id });
  }

  /** Claims the oldest queued job for this instance; SKIP LOCKED lets instances race safely. */
  async claim(worker: string): Promise<JobEntity | null> {
    const rows: JobEntity[] = await this.jobs
      .createQueryBuilder()
      .update(JobEntity)
      .set({
        status: 'running',
        lockedBy: worker,
        startedAt: () => 'now()',
        heartbeatAt: () => 'now()',
        attempts: () => 'attempts + 1',
      })
      .where(
        `id = (SELECT id FROM jobs WHERE status = 'queued' ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)`,
      )
      .returning('*')
      .execute()
      .then((r) =>
        (r.raw as Record<string, unknown>[]).map((row) => this.jobs.create(fromRow(row))),
      );
    return rows[0] ?? null;
  }

  /** Progress of a running job, which is also its heartbeat. */
  async progress(id: string, progress: number): Promise<void> {
    await this.jobs.update({ id, status: 'running' }, { progress, heartbeatAt: () => 'now()' });
  }

  async succeed(
    id: string,
    result: { fileName: string; contentType: string; bytes: number },
  ): Promise<void> {
    await this.jobs.update(
      { id },
      {
        status: 'succeeded',
        progress: 100,
        finishedAt: () => 'now()',
        resultFileName: result.fileName,
        resultContentType: result.contentType,
        resultBytes: String(result.bytes),
      },
    );
  }

  /** Marks the job failed and drops what it had written. */
  async fail(id: string, message: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM job_chunks WHERE job_id = $1', [id]);
      await manager.update(
        JobEntity,
        { id },
        { status: 'failed', error: message, finishedAt: () => 'now()' },
      );
    });
  }

  /** Jobs whose instance died go back on the queue, or fail after MAX_ATTEMPTS. */
  async recoverStale(): Promise<void> {
    const stale = `status = 'running' AND heartbeat_at < now() - interval '${STALE_AFTER_SECONDS} seconds'`;
    await this.dataSource.query(
      `DELETE FROM job_chunks WHERE job_id IN (SELECT id FROM jobs WHERE ${stale})`,
    );
    await this.dataSource.query(
      `UPDATE jobs SET status = CASE WHEN attempts >= $1 THEN 'failed' ELSE 'queued' END,
              error = CASE WHEN attempts >= $1 THEN 'The job was interrupted too many times.' ELSE error END,
              progress = 0, locked_by = NULL
        WHERE ${stale}`,
      [MAX_ATTEMPTS],
    );
  }

  /** Finished jobs (and so their files) older than `hours`. */
  async purgeOlderThan(hours: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM jobs WHERE status IN ('succeeded', 'failed') AND finished_at < now() - make_interval(hours => $1)`,
      [hours],
    );
  }

  /** Stores the next piece of a job's result file. */
  async insertChunk(jobId: string, seq: number, data: Buffer): Promise<void> {
    await this.dataSource.query('INSERT INTO job_chunks (job_id, seq, data) VALUES ($1, $2, $3)', [
      jobId,
      seq,
      data,
    ]);
  }

  /** The result file as a stream, one chunk query at a time. */
  result(jobId: string): Readable {
    const dataSource = this.dataSource;
    let seq = 0;
    return new Readable({
      read() {
        dataSource
          .query('SELECT data FROM job_chunks WHERE job_id = $1 AND seq = $2', [jobId, seq++])
          .then((rows: Array<{ data: Buffer }>) => this.push(rows[0]?.data ?? null))
          .catch((error: Error) => this.destroy(error));
      },
    });
  }
}
