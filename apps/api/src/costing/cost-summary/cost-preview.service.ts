import { CostingError, type CostSummary } from '@attune/domain';
import type { DryRunResult } from '@attune/contract';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CostSummaryService } from './cost-summary.service';

/**
 * A write to what the costs are computed from (unit costs, price index,
 * resources), or its dry run: the same write in a transaction that is
 * rolled back, answering the cost summary before and after it exactly as
 * GET /cost-summary computes it.
 */
@Injectable()
export class CostPreviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly costs: CostSummaryService,
  ) {}

  /** Commits `write` in one transaction, or with `dryRun` runs it, previews it and rolls it back. */
  async write<T>(
    programmeId: string,
    dryRun: boolean,
    write: (manager: EntityManager) => Promise<T>,
  ): Promise<T | DryRunResult> {
    if (!dryRun) return this.dataSource.transaction(write);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const before = await this.summary(runner.manager, programmeId);
      await write(runner.manager);
      const after = await this.summary(runner.manager, programmeId);
      return {
        dryRun: true,
        before: before.summary,
        after: after.summary,
        beforeProblem: before.problem,
        afterProblem: after.problem,
      };
    } finally {
      // Always: a dry run writes nothing and audits nothing.
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  private async summary(
    manager: EntityManager,
    programmeId: string,
  ): Promise<{ summary: CostSummary | null; problem: string | null }> {
    try {
      return { summary: await this.costs.summaryIn(manager, programmeId), problem: null };
    } catch (error) {
      // The same sentence GET /cost-summary answers its 422 with.
      if (error instanceof CostingError)
        return { summary: null, problem: `The costs cannot be worked out: ${error.message}` };
      throw error;
    }
  }
}
