import { Injectable, NotFoundException } from '@nestjs/common';
import type { Principal } from '@attune/domain';
import type { Readable } from 'node:stream';
import type { JobView } from '@attune/contract';
import { JobEntity } from './entities/job.entity';
import { JobsRepository } from './jobs.repository';

export type { JobView } from '@attune/contract';

@Injectable()
export class JobsService {
  constructor(private readonly jobs: JobsRepository) {}

  async enqueue(
    type: string,
    params: Record<string, unknown>,
    principal: Principal,
  ): Promise<JobEntity> {
    return this.jobs.insert(type, params, principal.id);
  }

  /** A job as its requester (or an admin) sees it; anyone else gets 404, not a hint it exists. */
  async view(id: string, principal: Principal): Promise<JobView> {
    return toView(await this.visible(id, principal));
  }

  async visible(id: string, principal: Principal): Promise<JobEntity> {
    const job = /^[0-9a-f-]{36}$/i.test(id) ? await this.jobs.find(id) : null;
    if (!job || (job.requestedBy !== principal.id && principal.role !== 'admin')) {
      throw new NotFoundException(`No job ${id}`);
    }
    return job;
  }

  /** Claims the oldest queued job for this instance. */
  claim(worker: string): Promise<JobEntity | null> {
    return this.jobs.claim(worker);
  }

  /** Whole percent, held below 100 until the job has succeeded. */
  async progress(id: string, percent: number): Promise<void> {
    await this.jobs.progress(id, Math.max(0, Math.min(99, Math.floor(percent))));
  }

  succeed(id: string, result: { fileName: string; contentType: string; bytes: number }) {
    return this.jobs.succeed(id, result);
  }

  async fail(id: string, message: string): Promise<void> {
    await this.jobs.fail(id, message.slice(0, 500));
  }

  /** Jobs whose instance died go back on the queue, or fail after MAX_ATTEMPTS. */
  recoverStale(): Promise<void> {
    return this.jobs.recoverStale();
  }

  /** Finished jobs and their files are kept for a day. */
  purgeOlderThan(hours: number): Promise<void> {
    return this.jobs.purgeOlderThan(hours);
  }

  /** Stores the next piece of a job's result file (JobOutput's writes). */
  writeChunk(jobId: string, seq: number, data: Buffer): Promise<void> {
    return this.jobs.insertChunk(jobId, seq, data);
  }

  /** The result file as a stream. */
  result(job: JobEntity): Readable {
    return this.jobs.result(job.id);
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
