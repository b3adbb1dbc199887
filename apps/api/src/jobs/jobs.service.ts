import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Principal } from '@attune/domain';
import { Readable } from 'node:stream';
import { DataSource, Repository } from 'typeorm';
import { JobEntity, JobStatus } from './entities/job.entity';
import type { JobView } from '@attune/contract';

export type { JobView };

/** A job whose heartbeat is older than this is taken to have lost its instance. */
export const STALE_AFTER_SECONDS = 60;
export const MAX_ATTEMPTS = 3;

@Injectable()
export class JobsService {
  constructor(
    @InjectRepository(JobEntity) private readonly jobs: Repository<JobEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async enqueue(
    type: string,
    params: Record<string, unknown>,
    principal: Principal,
  ): Promise<JobEntity> {
    return this.jobs.save(this.jobs.create({ type, params, requestedBy: principal.id }));
  }

  /** A job as its requester (or an admin) sees it; anyone else gets 404, not a hint it exists. */
  async view(id: string, principal: Principal): Promise<JobView> {
    return toView(await this.visible(id, principal));
  }

  async visible(id: string, principal: Principal): Promise<JobEntity> {
    const job = /^[0-9a-f-]{36}$/i.test(id) ? await this.jobs.findOneBy({ id }) : null;
    if (!job || (job.requestedBy !== principal.id && principal.role !== 'admin')) {
      throw new NotFoundException(`No job ${id}`);
    }
    return job;
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

  async progress(id: string, percent: number): Promise<void> {
    const progress = Math.max(0, Math.min(99, Math.floor(percent)));
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

  async fail(id: string, message: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM job_chunks WHERE job_id = $1', [id]);
      await manager.update(
        JobEntity,
        { id },
        { status: 'failed', error: message.slice(0, 500), finishedAt: () => 'now()' },
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

  /** Finished jobs and their files are kept for a day. */
  async purgeOlderThan(hours: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM jobs WHERE status IN ('succeeded', 'failed') AND finished_at < now() - make_interval(hours => $1)`,
      [hours],
    );
  }

  /** The result file as a stream, one chunk query at a time. */
  result(job: JobEntity): Readable {
    const dataSource = this.dataSource;
    let seq = 0;
    return new Readable({
      read() {
        dataSource
          .query('SELECT data FROM job_chunks WHERE job_id = $1 AND seq = $2', [job.id, seq++])
          .then((rows: Array<{ data: Buffer }>) => this.push(rows[0]?.data ?? null))
          .catch((error: Error) => this.destroy(error));
      },
    });
  }
}

function toView(job: JobEntity): JobView {
  return {
    id: job.id,
    type: job.type,
    status: job.status,
    progress: job.progress,
    downloadUrl: job.status === 'succeeded' ? `/api/jobs/${job.id}/download` : null,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

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
