import type { PackageRecords, RuleSet } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { plainColumns, plainValues } from '../package-format/stored-columns';
import { COLUMNS, PARENTS, UNVERSIONED } from './package-tables';
import { CopyChannel, TableCopy } from './table-copy';

/** The tables an import fills with many rows. */
const ANALYZED = [
  'families',
  'family_status_changes',
  'family_sessions',
  'supervision_sessions',
  'supervision_attendees',
  'training_attendees',
  'milestones',
  'time_entries',
];

/**
 * The one transaction an import writes a new programme in, on one
 * connection: a COPY per table (one after another, see TableCopy), the
 * programme row and its rule set, and the manager the audit record joins.
 */
export class ImportTransaction {
  readonly programmeId = randomUUID();
  private readonly channel: CopyChannel;
  /** In the order first written to, so a table comes before the tables that refer to it. */
  private readonly tables = new Map<string, TableCopy>();

  constructor(
    private readonly runner: QueryRunner,
    client: PoolClient,
  ) {
    this.channel = new CopyChannel(client);
  }

  /** For writes of other modules (the audit record) inside this transaction. */
  get manager(): EntityManager {
    return this.runner.manager;
  }

  /** The COPY of one table. */
  rows(name: string): TableCopy {
    let table = this.tables.get(name);
    if (!table) {
      const parent = PARENTS[name];
      if (parent) this.rows(parent); // first in the map, so flush() sends it first
      table = new TableCopy(this.channel, name, COLUMNS[name]!, this.programmeId, {
        versioned: !UNVERSIONED.has(name),
        waits: parent !== undefined,
      });
      this.tables.set(name, table);
    }
    return table;
  }

  /** The programme row and its rule set (a copy of a preset, made by the caller), if one. */
  async insertProgramme(
    p: PackageRecords['programme.csv'],
    ruleSet: RuleSet | null,
  ): Promise<void> {
    await this.drain();
    const columns = plainColumns('programme.csv');
    const values = plainValues('programme.csv', p);
    await this.runner.query(
      `INSERT INTO programmes (id, version, ${columns.map((c) => `"${c.name}"`).join(', ')})
       VALUES ($1, 1, ${columns.map((c, i) => `$${i + 2}::${c.type}`).join(', ')})`,
      [this.programmeId, ...values],
    );
    if (ruleSet === null) return;
    await this.runner.query(
      'INSERT INTO rule_sets (programme_id, code, name, definition, version) VALUES ($1, $2, $3, $4, 1)',
      [this.programmeId, ruleSet.code, ruleSet.name, JSON.stringify(ruleSet)],
    );
  }

  /**
   * Ends every COPY, the open one first (the table it fills is the parent
   * of any other with rows waiting): after each file. PostgreSQL writes them
   * in order, so the next file's foreign keys find their rows, while the
   * next file is already being read.
   */
  async flush(): Promise<void> {
    await this.channel.active?.end();
    for (const table of this.tables.values()) await table.end();
  }

  /** Ends every COPY and waits until PostgreSQL has written them all (before the audit record and the commit). */
  async drain(): Promise<void> {
    await this.flush();
    await this.channel.settle();
  }

  /** Abandons what is not yet written (a refused package): the rollback follows. */
  async abort(): Promise<void> {
    for (const table of this.tables.values()) table.abort();
    await this.channel.settle().catch(() => undefined);
  }

  async commit(): Promise<void> {
    await this.runner.commitTransaction();
  }

  async rollback(): Promise<void> {
    if (this.runner.isTransactionActive) await this.runner.rollbackTransaction();
  }

  /** Fresh statistics after the commit: the planner would otherwise take a million new rows for a handful. */
  async analyze(): Promise<void> {
    await this.runner.query(`ANALYZE ${ANALYZED.join(', ')}`);
  }

  async release(): Promise<void> {
    await this.runner.release();
  }
}

/** Where an import's writes go: every table of a programme, in one transaction. */
@Injectable()
export class PackageImportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async begin(): Promise<ImportTransaction> {
    const runner = this.dataSource.createQueryRunner();
    // The pg client itself: COPY streams go straight to it (TypeORM has no COPY).
    const client = (await runner.connect()) as PoolClient;
    try {
      await runner.startTransaction();
    } catch (error) {
      await runner.release();
      throw error;
    }
    return new ImportTransaction(runner, client);
  }
}
