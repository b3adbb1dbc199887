import type { PackageRecords, RuleSet } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { plainColumns, plainValues } from '../package-format/stored-columns';
import { COLUMNS, PARENTS, UNVERSIONED } from './package-tables';
import { StatementQueue, TableBatch } from './table-batch';

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
 * connection: bulk batches per table (sent in order, at most one statement
 * running), the programme row and its rule set, and the manager the audit
 * record joins.
 */
export class ImportTransaction {
  readonly programmeId = randomUUID();
  private readonly queue: StatementQueue;
  private readonly tables: Partial<Record<string, TableBatch>> = {};

  constructor(private readonly runner: QueryRunner) {
    this.queue = new StatementQueue(runner);
  }

  /** For writes of other modules (the audit record) inside this transaction. */
  get manager(): EntityManager {
    return this.runner.manager;
  }

  /** The bulk insert of one table (its parent table's batch is sent first). */
  rows(name: string): TableBatch {
    let table = this.tables[name];
    if (!table) {
      const parentName = PARENTS[name];
      table = new TableBatch(this.queue, name, COLUMNS[name]!, this.programmeId, {
        versioned: !UNVERSIONED.has(name),
        parent: parentName ? this.rows(parentName) : undefined,
      });
      this.tables[name] = table;
    }
    return table;
  }

  /** The programme row and its rule set (a copy of a preset, made by the caller), if one. */
  async insertProgramme(
    p: PackageRecords['programme.csv'],
    ruleSet: RuleSet | null,
  ): Promise<void> {
    await this.queue.drain();
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

  /** Sends what is buffered: after each file, so the next file's foreign keys find their rows. */
  async flush(): Promise<void> {
    for (const table of Object.values(this.tables)) await table?.flush();
  }

  /** Waits until every statement sent has run (before the audit record and the commit). */
  async drain(): Promise<void> {
    await this.flush();
    await this.queue.drain();
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
    await runner.connect();
    try {
      await runner.startTransaction();
    } catch (error) {
      await runner.release();
      throw error;
    }
    return new ImportTransaction(runner);
  }
}
