import { Writable } from 'node:stream';
import type { JobsService } from './jobs.service';

const CHUNK_BYTES = 1024 * 1024;

/**
 * A writable stream that stores what is written as numbered chunks of the
 * job's result. Each write waits for its insert, so a fast producer is held
 * back (backpressure) and memory stays at about one chunk.
 */
export class JobOutput extends Writable {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;
  private inflight: Promise<void> = Promise.resolve();
  bytes = 0;

  constructor(
    private readonly jobs: JobsService,
    private readonly jobId: string,
  ) {
    super();
  }

  override _write(
    chunk: Buffer,
    _encoding: BufferEncoding,
    callback: (error?: Error | null) => void,
  ): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    this.bytes += chunk.length;
    if (this.pendingBytes < CHUNK_BYTES) return callback();
    this.flush().then(() => callback(), callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.flush().then(() => callback(), callback);
  }

  /** Resolves once no insert is in flight: a failed job's clean-up must come after the last one. */
  async settled(): Promise<void> {
    await this.inflight;
  }

  private flush(): Promise<void> {
    const insert = this.insertPending();
    this.inflight = insert.catch(() => undefined);
    return insert;
  }

  private async insertPending(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const data = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    await this.jobs.writeChunk(this.jobId, this.seq++, data);
  }
}
