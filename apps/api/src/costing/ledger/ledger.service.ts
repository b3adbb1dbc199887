import type { LedgerPage } from '@attune/contract';
import {
  LEDGER_SOURCES,
  LedgerMonths,
  LedgerPricer,
  LedgerTotals,
  matchesLedgerFilter,
  needsNotStarted,
  RESOURCE_SOURCE,
  type LedgerFilter,
  type LedgerMonth,
  type LedgerSource,
  type LedgerViewSource,
  type PricedLedgerLine,
} from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataVersion } from '../../platform/cache/data-version';
import { VersionedCache } from '../../platform/cache/versioned-cache';
import { LedgerLinesService } from '../workbook-export/ledger-lines.service';

/**
 * The ledger endpoint: the lines the cost engine costs, record by record,
 * priced by the domain's LedgerPricer and filtered by its matchesLedgerFilter.
 * Lines stream from keyset batches in one snapshot, so memory stays at a
 * batch and a page whatever the programme's size. A page's totals need the
 * whole filter: they are read once per data version and filter, and kept;
 * while they stand, a page reads the lines only as far as its last one.
 */
@Injectable()
export class LedgerService {
  /** A filter's totals (the whole filter's pass), under the data version they were read at. */
  private readonly totals = new VersionedCache<Omit<LedgerPage, 'items'>>(256);

  constructor(
    private readonly source: LedgerLinesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async page(
    programmeId: string,
    filter: LedgerFilter,
    page: number,
    pageSize: number,
  ): Promise<LedgerPage> {
    const skip = (page - 1) * pageSize;
    const items: LedgerPage['items'] = [];
    // Read before the lines, so totals kept under it are never older than it.
    const version = await dataVersion(this.dataSource, programmeId, 'replica');
    const key = JSON.stringify([programmeId, filter]);
    const known = this.totals.peek(key, version);
    if (known) {
      // The totals are known at this version: read only as far as the page, then stop.
      let seen = 0;
      if (skip < known.total) {
        for await (const line of this.lines(programmeId, filter)) {
          if (seen++ >= skip) items.push(line.view);
          if (items.length >= pageSize) break;
        }
      }
      return { items, ...known };
    }
    const totals = new LedgerTotals();
    for await (const line of this.lines(programmeId, filter)) {
      if (totals.lines >= skip && items.length < pageSize) items.push(line.view);
      totals.add(line);
    }
    const sums = {
      total: totals.lines,
      totalMinutes: totals.minutes,
      totalCost: totals.totalCost(),
    };
    this.totals.set(key, { version, value: sums });
    return { items, ...sums };
  }

  /** The filter's totals by month, each with the ledger query of that month alone. */
  async months(programmeId: string, filter: LedgerFilter): Promise<{ items: LedgerMonth[] }> {
    const months = new LedgerMonths(filter);
    for await (const line of this.lines(programmeId, filter)) months.add(line);
    return { items: months.list() };
  }

  /** The filter's lines in ledger order: staff time by source, then resources. */
  async *lines(programmeId: string, filter: LedgerFilter): AsyncGenerator<PricedLedgerLine> {
    // A report: a read replica may answer.
    const source = await this.source.open(programmeId, 'replica');
    try {
      const pricer = new LedgerPricer({
        programme: { priceYear: source.priceYear },
        unitCosts: source.unitCosts,
        priceIndex: source.priceIndex,
      });
      const wanted = (s: LedgerViewSource) => filter.source?.includes(s) ?? true;
      // Priced first (they are few): a resource that cannot be priced fails before any line is sent.
      const resources = wanted(RESOURCE_SOURCE)
        ? (await source.resources()).map(({ id, ...r }) => pricer.resource(r, id))
        : [];
      const lookup = needsNotStarted(filter) ? await source.notStarted() : undefined;
      const sources = new Set<LedgerSource>(LEDGER_SOURCES.filter(wanted));
      if (sources.size > 0) {
        for await (const { line, sourceRecordId } of source.staffLines(sources)) {
          const priced = pricer.staffLine(line, sourceRecordId);
          if (matchesLedgerFilter(priced.view, filter, lookup)) yield priced;
        }
      }
      for (const priced of resources)
        if (matchesLedgerFilter(priced.view, filter, lookup)) yield priced;
    } finally {
      await source.close();
    }
  }
}
