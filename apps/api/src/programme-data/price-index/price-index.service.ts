import { Injectable } from '@nestjs/common';
import { MAX_YEAR, MIN_YEAR, type Principal } from '@attune/domain';
import type { DryRunResult, PriceIndexView } from '@attune/contract';
import type { EntityManager } from 'typeorm';
import { CostPreviewService } from '../../costing/cost-summary/cost-preview.service';
import type { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { conflict, invalid, notFound } from '../../platform/http/errors';
import type { PageQueryDto } from '../../platform/paging/page-query.dto';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import { staleVersion } from '../../platform/versioning/versioned-update';
import type { PriceIndexDto } from './dto/price-index.dto';
import { PriceIndexRepository, type PriceIndexRecord } from './price-index.repository';

/** The economist's price index: a value per year, each write audited, or dry-run. */
@Injectable()
export class PriceIndexService {
  constructor(
    private readonly index: PriceIndexRepository,
    private readonly programmes: ProgrammeContextService,
    private readonly preview: CostPreviewService,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, programmeId: string, query: PageQueryDto) {
    await this.programmes.load(principal, programmeId);
    const { items, total } = await this.index.page(programmeId, query);
    return { items: items.map(view), total };
  }

  /** Adds the year (no `version`) or replaces its value (`version` as read). */
  put(
    principal: Principal,
    programmeId: string,
    yearParam: string,
    input: PriceIndexDto,
    dryRun: boolean,
    context: AuditContext,
  ): Promise<PriceIndexView | DryRunResult> {
    const year = parseYear(yearParam);
    return this.preview.write(programmeId, dryRun, async (manager) => {
      await this.programmes.load(principal, programmeId, manager);
      await this.index.lock(manager, programmeId);
      const before = await this.index.find(manager, programmeId, year);
      const what = `Price index ${year}`;
      if (before && input.version === undefined)
        throw invalid({
          field: 'version',
          problem: `${year} is already in the price index: send the version you read to replace it`,
        });
      if (!before && input.version !== undefined) throw staleVersion(what, input.version, 0);
      if (before) await this.index.update(manager, before.id, input.version!, input.index, what);
      else await this.index.insert(manager, programmeId, year, input.index);
      const after = await this.index.find(manager, programmeId, year);
      await this.audit.record(
        {
          ...context,
          action: before ? 'price_index.update' : 'price_index.create',
          entityType: 'PriceIndex',
          entityId: String(year),
          before,
          after,
        },
        manager,
      );
      return view(after!);
    });
  }

  async remove(
    principal: Principal,
    programmeId: string,
    yearParam: string,
    version: number,
    dryRun: boolean,
    context: AuditContext,
  ): Promise<DryRunResult | undefined> {
    const year = parseYear(yearParam);
    const result = await this.preview.write(programmeId, dryRun, async (manager) => {
      await this.programmes.load(principal, programmeId, manager);
      await this.index.lock(manager, programmeId);
      const before = await this.existing(manager, programmeId, year);
      await this.refuseInUse(manager, programmeId, year);
      await this.index.delete(manager, before.id, version, `Price index ${year}`);
      await this.audit.record(
        {
          ...context,
          action: 'price_index.delete',
          entityType: 'PriceIndex',
          entityId: String(year),
          before,
        },
        manager,
      );
      return undefined;
    });
    return result ?? undefined;
  }

  private async existing(
    manager: EntityManager,
    programmeId: string,
    year: number,
  ): Promise<PriceIndexRecord> {
    const row = await this.index.find(manager, programmeId, year);
    if (!row) throw notFound(`The price index of this programme has no ${year}.`);
    return row;
  }

  /** A year something is priced in cannot go: the cost summary could not be worked out. */
  private async refuseInUse(manager: EntityManager, programmeId: string, year: number) {
    const uses = await this.index.uses(manager, programmeId, year);
    const what = [
      uses.programme ? "the programme's price year" : null,
      uses.unitCosts > 0 ? `${uses.unitCosts} unit cost(s)` : null,
      uses.resources > 0 ? `${uses.resources} resource(s)` : null,
    ].filter((w): w is string => w !== null);
    if (what.length > 0)
      throw conflict(
        'price_index_in_use',
        `${year} cannot be removed from the price index: it prices ${what.join(', ')}. Change those first.`,
      );
  }
}

function parseYear(text: string): number {
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= MIN_YEAR && year <= MAX_YEAR))
    throw invalid({
      field: 'year',
      problem: `${text} is not a year from ${MIN_YEAR} to ${MAX_YEAR}`,
    });
  return year;
}

function view(r: PriceIndexRecord): PriceIndexView {
  return { year: r.year, index: r.index, version: r.version };
}
