import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';
import { copyLine } from './copy-text';

/** Text gathered before a write to the COPY stream: few, large CopyData messages. */
const CHUNK = 256 * 1024;

/**
 * The import's one connection, which carries one COPY at a time: the table
 * whose COPY is open streams its rows as they come; any other table keeps
 * its rows until that COPY has ended.
 */
export class CopyChannel {
  active: TableCopy | null = null;

  constructor(readonly client: PoolClient) {}
}

/**
 * Rows for one table, streamed into PostgreSQL with `COPY ... FROM STDIN`
 * (text format) while they are still being read and validated: the import
 * parses on one core while PostgreSQL writes on the other. The stream waits
 * when the socket is full, so memory stays flat. A failure of PostgreSQL's
 * is raised at the next add() or at finish().
 */
export class TableCopy {
  private pending = '';
  private stream: CopyStreamQuery | null = null;
  private failure: Error | null = null;
  private readonly sql: string;
  /** The constant cells every row starts with: the programme id (and version 1). */
  private readonly prefix: string;
  /** Starts only at finish(): its rows refer to a table being copied from the same file. */
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

  /** Adds a row (values in column order); sends a chunk when one is gathered and the channel is this table's. */
  async add(row: readonly unknown[]): Promise<void> {
    this.pending += copyLine(this.prefix, row);
    this.rows++;
    if (this.pending.length < CHUNK) return;
    if (this.channel.active === null && !this.waits) this.start();
    if (this.channel.active === this) await this.send();
  }

  /** Sends what is left and waits until PostgreSQL has written every row (and checked its keys). */
  async finish(): Promise<void> {
    if (this.stream === null && this.pending === '') return;
    if (this.channel.active !== this) {
      if (this.channel.active !== null) throw new Error('another COPY is still open');
      this.start();
    }
    const stream = this.stream!;
    try {
      await this.send();
      stream.end();
      await finished(stream);
    } finally {
      this.close();
    }
  }

  /** Abandons the open COPY (CopyFail): its rows are not written; the transaction is rolled back next. */
  async abort(): Promise<void> {
    this.pending = '';
    const stream = this.stream;
    if (stream === null) return;
    this.close();
    stream.destroy(new Error('the import was refused'));
    await finished(stream).catch(() => undefined);
  }

  private start(): void {
    const stream = this.channel.client.query(copyFrom(this.sql));
    stream.on('error', (error: Error) => (this.failure ??= error));
    this.stream = stream;
    this.channel.active = this;
  }

  private close(): void {
    this.stream = null;
    if (this.channel.active === this) this.channel.active = null;
  }

  private async send(): Promise<void> {
    if (this.failure) throw this.failure;
    const text = this.pending;
    this.pending = '';
    if (text !== '' && !this.stream!.write(text)) await once(this.stream!, 'drain');
  }
}
