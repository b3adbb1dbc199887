import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { hostname } from 'node:os';
import { Writable } from 'node:stream';
import { APP_CONFIG } from '../../platform/config/config';
import type { AppConfig } from '../../platform/config/config';
import { isConnectionError } from '../../platform/database/availability';
import { JobEntity } from './entities/job.entity';
import { JobOutput } from './job-output';
import { JobsService } from './jobs.service';

export interface JobContext {
  job: JobEntity;
  /** Reports progress as a fraction from 0 to 1. */
  progress: (fraction: number) => Promise<void>;
  /** Where the result file goes. */
  output: Writable;
}

export interface JobResult {
  fileName: string;
  contentType: string;
}

export type JobHandler = (context: JobContext) => Promise<JobResult>;

/** How long to wait after the n-th failed poll in a row (0-based): doubling, at most a minute. */
export function backoffMs(pollMs: number, failures: number): number {
  return Math.min(60_000, pollMs * 2 ** Math.min(failures + 1, 16));
}

/** A failure whose message is safe and useful to show to the requester. */
export class JobFailure extends Error {}

/**
 * Takes jobs off the queue, one at a time per instance (an export keeps a core
 * busy), and runs the handler registered for their type.
 */
@Injectable()
export class JobsWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly handlers = new Map<string, JobHandler>();
  private readonly name = `${hostname()}:${process.pid}`;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private lastHousekeeping = 0;
  /** After a failed poll, no other before this time (ms); doubles per failure up to a minute. */
  private pausedUntil = 0;
  private failures = 0;

  constructor(
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register(type: string, handler: JobHandler): void {
    this.handlers.set(type, handler);
  }

  onApplicationBootstrap(): void {
    if (!this.config.ATTUNE_JOB_WORKER) return;
    this.timer = setInterval(() => void this.tick(), this.config.ATTUNE_JOB_POLL_MS);
    this.timer.unref();
  }

  /** Stops polling before TypeORM closes its connections (onApplicationShutdown would be too late). */
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One poll: housekeeping now and then, then at most one job. Exposed for tests. */
  async tick(): Promise<void> {
    if (this.running || Date.now() < this.pausedUntil) return;
    this.running = this.poll().finally(() => (this.running = undefined));
    await this.running;
  }

  private async poll(): Promise<void> {
    try {
      if (Date.now() - this.lastHousekeeping > 30_000) {
        this.lastHousekeeping = Date.now();
        await this.jobs.recoverStale();
        await this.jobs.purgeOlderThan(this.config.ATTUNE_JOB_RETENTION_HOURS);
      }
      const job = await this.jobs.claim(this.name);
      if (this.failures > 0) this.logger.log('Polling for jobs again');
      this.failures = 0;
      if (job) await this.run(job);
    } catch (error) {
      // The database is away, say: back off (a tight retry loop helps nobody) and say so once.
      const wait = backoffMs(this.config.ATTUNE_JOB_POLL_MS, this.failures++);
      this.pausedUntil = Date.now() + wait;
      if (this.failures > 1) return;
      if (isConnectionError(error)) {
        const what = error instanceof Error ? error.message : String(error);
        this.logger.error(`Polling for jobs failed (${what}): retrying with backoff`);
      } else {
        this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      }
    }
  }

  private async run(job: JobEntity): Promise<void> {
    const handler = this.handlers.get(job.type);
    if (!handler) {
      await this.jobs.fail(job.id, `No handler for jobs of type ${job.type}`);
      return;
    }
    const output = new JobOutput(this.jobs, job.id);
    let last = -1;
    const progress = async (fraction: number) => {
      const percent = Math.floor(fraction * 100);
      if (percent === last) return;
      last = percent;
      await this.jobs.progress(job.id, percent);
    };
    try {
      const result = await handler({ job, progress, output });
      if (!output.writableFinished) {
        await new Promise<void>((resolve, reject) =>
          output.end((error?: Error | null) => (error ? reject(error) : resolve())),
        );
      }
      await this.jobs.succeed(job.id, { ...result, bytes: output.bytes });
    } catch (error) {
      output.destroy();
      await output.settled();
      this.logger.error(
        `Job ${job.id} (${job.type}) failed`,
        error instanceof Error ? error.stack : String(error),
      );
      await this.jobs.fail(
        job.id,
        error instanceof JobFailure
          ? error.message
          : 'The job failed on our side. Try again, or report its id.',
      );
    }
  }
}
