import type { QueryRunner } from 'typeorm';

/** A column of a bulk insert, its PostgreSQL type (for the array cast) and a cast of each value. */
export type BatchColumn = readonly [name: string, type: string, cast?: string];

/**
 * The statements of one import, sent on its one connection in order, with at
 * most one running: the next batch is parsed and validated while PostgreSQL
 * writes the previous one, so the two cores work at once. A failure is
 * raised at the next send or at drain().
 */
export class StatementQueue {
  private inflight: Promise<unknown> = Promise.resolve();

  constructor(private readonly runner: QueryRunner) {}

  /** Waits for the running statement, then starts this one without waiting for it. */
  async send(sql: string, params: unknown[]): Promise<void> {
    await this.inflight;
    const running = this.runner.query(sql, params);
    // Handled here so that it is never an unhandled rejection; re-raised by the next await.
    running.catch(() => undefined);
    this.inflight = running;
  }

  async drain(): Promise<void> {
    await this.inflight;
  }
}

/**
 * Rows for one table, inserted a batch at a time with one statement:
 * `INSERT ... SELECT FROM unnest($2::type[], ...)`: one parameter per column
 * whatever the batch size, so a batch of thousands of rows is one round trip
 * and one small, reusable plan.
 */
export class TableBatch {
  private values: unknown[][];
  private readonly sql: string;
  private readonly batchSize: number;
  /** A table this one's rows refer to: sent first, so its foreign keys hold. */
  private readonly parent: TableBatch | undefined;
  private size = 0;
  inserted = 0;

  constructor(
    private readonly queue: StatementQueue,
    table: string,
    private readonly columns: readonly BatchColumn[],
    private readonly programmeId: string,
    options: { versioned?: boolean; batchSize?: number; parent?: TableBatch } = {},
  ) {
    this.parent = options.parent;
    this.values = columns.map(() => []);
    this.batchSize = options.batchSize ?? 5000;
    const versioned = options.versioned !== false;
    const names = ['programme_id', ...(versioned ? ['version'] : []), ...columns.map(([n]) => n)];
    const constants = ['$1::uuid', ...(versioned ? ['1'] : [])];
    const arrays = columns.map(([, type], i) => `$${i + 2}::${type}[]`);
    const cells = columns.map(([, , cast], i) => `u.c${i}${cast ? `::${cast}` : ''}`);
    const aliases = columns.map((_c, i) => `c${i}`);
    this.sql =
      `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) ` +
      `SELECT ${[...constants, ...cells].join(', ')} FROM unnest(${arrays.join(', ')}) AS u(${aliases.join(', ')})`;
  }

  /** Adds a row (values in column order); sends the batch when it is full. */
  async add(row: readonly unknown[]): Promise<void> {
    for (let i = 0; i < this.columns.length; i++) this.values[i]!.push(row[i]);
    if (++this.size >= this.batchSize) await this.flush();
  }

  /** Sends what is buffered (the statement may still be running when this returns). */
  async flush(): Promise<void> {
    if (this.size === 0) return;
    await this.parent?.flush();
    const values = this.values;
    this.values = this.columns.map(() => []);
    this.inserted += this.size;
    this.size = 0;
    await this.queue.send(this.sql, [this.programmeId, ...values]);
  }
}
