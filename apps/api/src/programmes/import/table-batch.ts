import type { QueryRunner } from 'typeorm';

/** A column of a bulk insert and its PostgreSQL type (for the array cast). */
export type BatchColumn = readonly [name: string, type: string];

/**
 * Rows for one table, inserted a batch at a time with one statement:
 * `INSERT ... SELECT FROM unnest($2::type[], ...)`: one parameter per column
 * whatever the batch size, so a batch of thousands of rows is one round trip
 * and one small, reusable plan.
 */
export class TableBatch {
  private readonly values: unknown[][];
  private readonly sql: string;
  private size = 0;
  inserted = 0;

  constructor(
    private readonly runner: QueryRunner,
    table: string,
    private readonly columns: readonly BatchColumn[],
    private readonly programmeId: string,
    options: { versioned?: boolean; batchSize?: number; parent?: TableBatch } = {},
  ) {
    this.parent = options.parent;
    this.values = columns.map(() => []);
    this.batchSize = options.batchSize ?? 2000;
    const names = [
      'programme_id',
      ...(options.versioned === false ? [] : ['version']),
      ...columns.map(([n]) => n),
    ];
    const constants = ['$1::uuid', ...(options.versioned === false ? [] : ['1'])];
    const arrays = columns.map(([, type], i) => `$${i + 2}::${type}[]`);
    this.sql =
      `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) ` +
      `SELECT ${constants.join(', ')}, u.* FROM unnest(${arrays.join(', ')}) AS u`;
  }

  private readonly batchSize: number;
  /** A table this one's rows refer to: written first, so its foreign keys hold. */
  private readonly parent: TableBatch | undefined;

  /** Adds a row (values in column order); writes the batch when it is full. */
  async add(row: readonly unknown[]): Promise<void> {
    for (let i = 0; i < this.columns.length; i++) this.values[i]!.push(row[i]);
    if (++this.size >= this.batchSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    await this.parent?.flush();
    await this.runner.query(this.sql, [this.programmeId, ...this.values]);
    this.inserted += this.size;
    for (const column of this.values) column.length = 0;
    this.size = 0;
  }
}
