import type { CostRole } from '../model/enums.js';
import type {
  IsoDate,
  PriceIndexRecord,
  ResourceRecord,
  UnitCostRecord,
} from '../model/records.js';
import { CostDecimal, type Decimal } from './decimal.js';
import { CostingError, type CostingProblem } from './errors.js';

// Open period ends compare below and above every ISO date.
const OPEN_FROM = '';
const OPEN_TO = '\uffff';

function periodText(uc: UnitCostRecord): string {
  return `${uc.effectiveFrom ?? 'open'} to ${uc.effectiveTo ?? 'open'}`;
}

/** Parses the price index, reporting values that are not positive decimals and repeated years. */
function readIndex(
  priceIndex: readonly PriceIndexRecord[],
  problems: CostingProblem[],
): Map<number, Decimal> {
  const index = new Map<number, Decimal>();
  priceIndex.forEach((p, row) => {
    let value: Decimal | null = null;
    try {
      value = new CostDecimal(p.index);
    } catch {
      // reported below
    }
    if (!value || !value.isFinite() || value.lte(0)) {
      problems.push({
        file: 'price_index.csv',
        row,
        column: 'index',
        problem: `index "${p.index}" is not a positive number`,
      });
    } else if (index.has(p.year)) {
      problems.push({
        file: 'price_index.csv',
        row,
        column: 'year',
        problem: `year ${p.year} appears more than once`,
      });
    } else {
      index.set(p.year, value);
    }
  });
  return index;
}

/**
 * Everything that would stop the unit costs from pricing a line (DESIGN.md,
 * "Costs"): an inverted period, a unit cost overlapping an earlier row of the
 * same role (the later row is reported), a unit-cost price year with no index,
 * a bad or repeated index, and the programme's price year with no index.
 */
export function unitCostProblems(
  unitCosts: readonly UnitCostRecord[],
  priceIndex: readonly PriceIndexRecord[],
  priceYear: number,
): CostingProblem[] {
  const problems: CostingProblem[] = [];
  const index = readIndex(priceIndex, problems);
  const valid: Array<{ uc: UnitCostRecord; from: string; to: string }> = [];
  unitCosts.forEach((uc, row) => {
    const from = uc.effectiveFrom ?? OPEN_FROM;
    const to = uc.effectiveTo ?? OPEN_TO;
    if (to < from) {
      problems.push({
        file: 'unit_costs.csv',
        row,
        column: 'effective_to',
        problem: `effective_to ${uc.effectiveTo} is before effective_from ${uc.effectiveFrom}`,
      });
    } else {
      const earlier = valid.find(
        (v) => v.uc.costRole === uc.costRole && v.from <= to && from <= v.to,
      );
      if (earlier) {
        problems.push({
          file: 'unit_costs.csv',
          row,
          column: 'effective_from',
          problem: `the ${uc.costRole} unit cost for ${periodText(uc)} overlaps another ${uc.costRole} unit cost for ${periodText(earlier.uc)}; a date must have exactly one`,
        });
      }
      valid.push({ uc, from, to });
    }
    if (!index.has(uc.priceYear)) {
      problems.push({
        file: 'unit_costs.csv',
        row,
        column: 'price_year',
        problem: `no price index for ${uc.priceYear} in price_index.csv`,
      });
    }
  });
  if (!index.has(priceYear)) {
    problems.push({
      file: 'programme.csv',
      row: 0,
      column: 'price_year',
      problem: `no price index for the programme price year ${priceYear} in price_index.csv`,
    });
  }
  return problems;
}

/** Resources whose price year has no index (the importer's companion to unitCostProblems). */
export function resourceProblems(
  resources: readonly ResourceRecord[],
  priceIndex: readonly PriceIndexRecord[],
): CostingProblem[] {
  const years = new Set(priceIndex.map((p) => p.year));
  const problems: CostingProblem[] = [];
  resources.forEach((r, row) => {
    if (!years.has(r.priceYear)) {
      problems.push({
        file: 'resources.csv',
        row,
        column: 'price_year',
        problem: `no price index for ${r.priceYear} in price_index.csv`,
      });
    }
  });
  return problems;
}

/** Turns problems into one error whose message names each of them. */
export function costingErrorOf(problems: readonly CostingProblem[]): CostingError {
  const lines = problems.map((p) => `${p.file} row ${p.row + 1} (${p.column}): ${p.problem}`);
  return new CostingError(`the costing inputs are not usable: ${lines.join('; ')}`, [...problems]);
}

interface Period {
  from: string;
  to: string;
  /** Index into the unit costs given to the table. */
  row: number;
}

/**
 * Unit costs and the price index of one programme: the hourly rate of a cost
 * role on a date, brought to the programme's price year. Construction refuses
 * inputs with any unitCostProblems, so a rate is either exact or an error.
 */
export class RateTable {
  readonly unitCosts: readonly UnitCostRecord[];
  private readonly index: Map<number, Decimal>;
  private readonly periods = new Map<CostRole, Period[]>();
  private readonly factors = new Map<number, Decimal>();
  private readonly rates: Array<Decimal | undefined> = [];

  constructor(
    unitCosts: readonly UnitCostRecord[],
    priceIndex: readonly PriceIndexRecord[],
    readonly priceYear: number,
  ) {
    const problems = unitCostProblems(unitCosts, priceIndex, priceYear);
    if (problems.length > 0) throw costingErrorOf(problems);
    this.unitCosts = unitCosts;
    this.index = readIndex(priceIndex, []);
    unitCosts.forEach((uc, row) => {
      const list = this.periods.get(uc.costRole) ?? [];
      list.push({ from: uc.effectiveFrom ?? OPEN_FROM, to: uc.effectiveTo ?? OPEN_TO, row });
      this.periods.set(uc.costRole, list);
    });
  }

  /** The price index of a year, exactly as given. */
  indexOf(year: number): Decimal {
    const value = this.index.get(year);
    if (!value) throw new CostingError(`no price index for ${year} in price_index.csv`);
    return value;
  }

  /** `index[programme price year] / index[year]`: multiplies a cost of `year` into the programme's prices. */
  indexFactor(year: number): Decimal {
    let factor = this.factors.get(year);
    if (!factor) {
      const base = this.index.get(this.priceYear);
      const from = this.index.get(year);
      if (!base)
        throw new CostingError(`no price index for the programme price year ${this.priceYear}`);
      if (!from)
        throw new CostingError(
          `no price index for ${year}, needed to bring ${year} prices to ${this.priceYear}`,
        );
      factor = base.div(from);
      this.factors.set(year, factor);
    }
    return factor;
  }

  /**
   * The row (index into `unitCosts`) of the cost role's unit cost covering the
   * date. Called once per ledger line, so it compares strings and makes nothing.
   */
  periodOf(costRole: CostRole, date: IsoDate): number {
    const row = this.coveringRow(costRole, date);
    if (row >= 0) return row;
    const periods = this.periods.get(costRole);
    const known = periods?.map((p) => periodText(this.unitCosts[p.row]!)).join(', ');
    throw new CostingError(
      known
        ? `no ${costRole} unit cost covers ${date} (unit_costs.csv has ${known})`
        : `no ${costRole} unit cost in unit_costs.csv (needed for ${date})`,
    );
  }

  /** As periodOf, but -1 when no unit cost of the role covers the date. */
  coveringRow(costRole: CostRole, date: IsoDate): number {
    const periods = this.periods.get(costRole);
    if (periods) {
      for (const p of periods) if (p.from <= date && date <= p.to) return p.row;
    }
    return -1;
  }

  /**
   * Which uncovered stretch of the role a date no unit cost covers lies in:
   * how many of the role's periods end before it (periods do not overlap).
   */
  gapStretchOf(costRole: CostRole, date: IsoDate): number {
    let before = 0;
    for (const p of this.periods.get(costRole) ?? []) if (p.to < date) before++;
    return before;
  }

  unitCostFor(costRole: CostRole, date: IsoDate): UnitCostRecord {
    return this.unitCosts[this.periodOf(costRole, date)]!;
  }

  /** The exact hourly rate in pence, in the programme's prices, of the unit cost at `row`. */
  rateOfPeriod(row: number): Decimal {
    let rate = this.rates[row];
    if (!rate) {
      const uc = this.unitCosts[row];
      if (!uc) throw new CostingError(`there is no unit cost row ${row}`);
      // hourly x index[programme] / index[unit cost year], with a single rounded division.
      rate = new CostDecimal(uc.hourlyCostPence)
        .mul(this.indexOf(this.priceYear))
        .div(this.indexOf(uc.priceYear));
      this.rates[row] = rate;
    }
    return rate;
  }

  /** The exact hourly rate in pence of a cost role on a date, index-adjusted to the programme price year. */
  hourlyRatePence(costRole: CostRole, date: IsoDate): Decimal {
    return this.rateOfPeriod(this.periodOf(costRole, date));
  }
}
