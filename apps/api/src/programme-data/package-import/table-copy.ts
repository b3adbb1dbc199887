import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';
import { copyLine } from './copy-text';

/** Text gathered before a write to the COPY stream: few, large CopyData messages. */
const CHUNK = 256 * 1024;

/**
 * How far reading may run ahead of PostgreSQL, in bytes: a burst of validation or of PostgreSQL's work (the
 * key checks at the end of each COPY) does not stall the other side, and
 * memory stays flat.
 */
const LOOKAHEAD = 32 * 1024 * 1024;

/**
 * The import's one connection, which runs one COPY at a time; only one
 * table at a time has its COPY open for rows as they come, the others keep
 * their rows. The COPY last ended may still be finishing in PostgreSQL
 * while the next file is read. The first failure of any COPY is kept, to be
 * raised at the next step.
 */
export class CopyChannel {
  active: TableCopy | null = null;
  failure: Error | null = null;
  private ending: Promise<void> | null = null;
  private endingDone = true;

  constructor(readonly client: PoolClient) {}

  /** Whether the COPY last ended is still being written. */
  get finishing(): boolean {
    return !this.endingDone;
  }

  /** Opens a COPY once the one before it has finished (the client runs one statement at a time). */
  async open(sql: string): Promise<CopyStreamQuery> {
    await this.settle();
    const stream = this.client.query(copyFrom(sql));
    stream.on('error', (error: Error) => (this.failure ??= error));
    return stream;
  }

  ended(stream: CopyStreamQuery): void {
    this.endingDone = false;
    this.ending = finished(stream).then(
      () => undefined,
      (error: Error) => void (this.failure ??= error),
    );
    void this.ending.finally(() => (this.endingDone = true));
  }

  /** Waits until PostgreSQL has written the COPY last ended; raises the first failure. */
  async settle(): Promise<void> {
    const ending = this.ending;
    this.ending = null;
    await ending;
    this.check();
  }

  /** Raises a failure seen so far (a COPY PostgreSQL refused). */
  check(): void {
    if (this.failure) throw this.failure;
  }
}

/**
 * Rows for one table, streamed into PostgreSQL with `COPY ... FROM STDIN`
 * (text format) while they are still being read and validated: the import
 * parses on one core while PostgreSQL writes on the other. Gathered chunks
 * are written in the background as the socket takes them; add() waits only
 * when LOOKAHEAD is reached.
 */
export class TableCopy {
  private pending = '';
  /** Gathered chunks as bytes: a string built row by row is a tree of pieces several times its size. */
  private readonly queued: Buffer[] = [];
  private queuedLength = 0;
  private stream: CopyStreamQuery | null = null;
  private pumping: Promise<void> | null = null;
  private readonly sql: string;
  /** The constant cells every row starts with: the programme id (and version 1). */
  private readonly prefix: string;
  /** Starts only at end(): its rows refer to a table being copied from the same file. */
  private readonly waits: boolean;
  rows = 0;

  constructor(
    private readonly channel: CopyChannel,
    table: string,
    columns: readonly string[],
    programmeId: string,
    options: { versioned?: boolean; waits?: boolean } = {},
  ) {
    this.waits = options.waits === true;
    const versioned = options.versioned !== false;
    const names = ['programme_id', ...(versioned ? ['version'] : []), ...columns];
    this.sql = `COPY "${table}" (${names.map((n) => `"${n}"`).join(', ')}) FROM STDIN`;
    this.prefix = `${programmeId}\t${versioned ? '1\t' : ''}`;
  }

  /** Adds a row (values in column order). */
  async add(row: readonly unknown[]): Promise<void> {
    this.pending += copyLine(this.prefix, row);
    this.rows++;
    if (this.pending.length < CHUNK) return;
    this.enqueue();
    if (this.channel.active === null && !this.waits) {
      // The previous COPY is still finishing: keep reading ahead, up to a point.
      if (this.channel.finishing && this.queuedLength < LOOKAHEAD) return;
      await this.start();
    }
    if (this.channel.active !== this) return;
    this.pump();
    while (this.queuedLength >= LOOKAHEAD && (await this.pumped()));
    this.channel.check();
  }

  /**
   * Sends what is left and ends the COPY (opening it first if every row is
   * still here). PostgreSQL finishes it while the next file is read.
   */
  async end(): Promise<void> {
    this.enqueue();
    if (this.stream === null && this.queued.length === 0) return;
    if (this.channel.active !== this) {
      if (this.channel.active !== null) throw new Error('another COPY is still open');
      await this.start();
    }
    const stream = this.stream!;
    try {
      while (await this.pumped());
      this.channel.check();
      stream.end();
      this.channel.ended(stream);
    } finally {
      this.close();
    }
  }

  /** Abandons the open COPY (CopyFail): its rows are not written; the transaction is rolled back next. */
  abort(): void {
    this.pending = '';
    this.queued.length = 0;
    this.queuedLength = 0;
    const stream = this.stream;
    if (stream === null) return;
    this.close();
    stream.destroy(new Error('the import was refused'));
    this.channel.ended(stream);
  }

  private enqueue(): void {
    if (this.pending === '') return;
    const chunk = Buffer.from(this.pending, 'utf8');
    this.queued.push(chunk);
    this.queuedLength += chunk.length;
    this.pending = '';
  }

  private async start(): Promise<void> {
    const stream = await this.channel.open(this.sql);
    this.stream = stream;
    this.channel.active = this;
  }

  private close(): void {
    this.stream = null;
    if (this.channel.active === this) this.channel.active = null;
  }

  /** Waits for the writing under way (starting it if chunks wait); false when there is none. */
  private async pumped(): Promise<boolean> {
    this.pump();
    if (!this.pumping) return false;
    await this.pumping;
    return true;
  }

  /** Writes queued chunks as the socket takes them, one at a time, until none is left. */
  private pump(): void {
    if (this.pumping || this.stream === null || this.queued.length === 0) return;
    if (this.channel.failure) return;
    const stream = this.stream;
    const run = async () => {
      while (this.queued.length > 0 && this.channel.failure === null && !stream.destroyed) {
        const chunk = this.queued.shift()!;
        this.queuedLength -= chunk.length;
        if (!stream.write(chunk)) await once(stream, 'drain');
      }
    };
    this.pumping = run()
      .catch(() => undefined) // the stream's failure is the channel's, raised by check()
      .finally(() => (this.pumping = null));
  }
}
