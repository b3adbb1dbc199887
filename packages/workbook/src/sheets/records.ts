import {
  DISCOUNT_RATE_RANGE,
  PROGRAMME_ROW,
  USEFUL_LIFE_STEP_YEARS,
  equivalentAnnualCost,
  type Decimal,
  resourceCost,
  type CostAccumulator,
  type ResourceRecord,
} from '@attune/domain';
import type { BoundedWorkbookWriter } from '../bounded-writer.js';
import { FAMILIES, NAMES, PRACTITIONERS, RESOURCES } from '../layout.js';
import { formula, isoDate, SheetSeries, type Cell, type WrittenSheets } from '../table.js';
import type { WorkbookFamily, WorkbookPractitioner } from '../types.js';
import { indexFactorFormula } from './inputs.js';

const r = NAMES.discountRate;

/**
 * DESIGN's equivalent annual cost of the cost in column L: a durable's (life > 1) annuity at the rate,
 * the limit cost / life at a zero rate, and the cost itself for anything else.
 */
function eacFormula(row: number, life: string = `H${row}`, rate: string = r): string {
  const cost = `L${row}`;
  return `IF(${life}>1,IF(${rate}=0,${cost}/${life},${cost}*${rate}/(1-(1+${rate})^(-${life}))),${cost})`;
}

/** The one-way sensitivity's variants of the equivalent annual cost (domain's oneWaySensitivity). */
function oneWayCells(row: number, cost: Decimal, res: ResourceRecord, rate: string): Cell[] {
  const life = res.usefulLifeYears;
  const durable = life > 1;
  const step = USEFUL_LIFE_STEP_YEARS;
  const eac = (years: number, at: string) =>
    equivalentAnnualCost(cost, at, years).div(100).toNumber();
  const { low, high } = DISCOUNT_RATE_RANGE;
  return [
    formula(
      eacFormula(row, `MAX(1,H${row}-${step})`),
      eac(durable ? Math.max(1, life - step) : life, rate),
    ),
    formula(
      eacFormula(row, `IF(H${row}>1,H${row}+${step},H${row})`),
      eac(durable ? life + step : life, rate),
    ),
    formula(eacFormula(row, `H${row}`, low), eac(life, low)),
    formula(eacFormula(row, `H${row}`, high), eac(life, high)),
  ];
}

/** Resources, each also added to the accumulator (which refuses a price year with no index). */
export async function writeResources(
  wb: BoundedWorkbookWriter,
  resources: readonly ResourceRecord[],
  acc: CostAccumulator,
  discountRate: string,
  maxRows: number,
): Promise<WrittenSheets> {
  const s = new SheetSeries(wb, RESOURCES, maxRows);
  for (const res of resources) {
    acc.addResource(res);
    const factor = acc.rates.indexFactor(res.priceYear);
    const cost = resourceCost(res, factor);
    const eac = equivalentAnnualCost(cost, discountRate, res.usefulLifeYears);
    await s.add((row) => [
      res.description,
      res.category,
      res.laCode ?? PROGRAMME_ROW,
      res.costType,
      Number(res.quantity),
      res.unitCostPence / 100,
      res.priceYear,
      res.usefulLifeYears,
      res.bearer,
      isoDate(res.date),
      formula(indexFactorFormula(`G${row}`), factor.toNumber()),
      formula(`E${row}*F${row}*K${row}`, cost.div(100).toNumber()),
      formula(eacFormula(row), eac.div(100).toNumber()),
      ...oneWayCells(row, cost, res, discountRate),
    ]);
  }
  return s.finish();
}

const flag = (b: boolean): number => (b ? 1 : 0);

export async function writeFamilies(
  wb: BoundedWorkbookWriter,
  families: readonly WorkbookFamily[],
  maxRows: number,
): Promise<WrittenSheets> {
  const s = new SheetSeries(wb, FAMILIES, maxRows);
  for (const f of families) {
    await s.add(() => [
      f.reference,
      f.laCode,
      f.trialArm,
      f.status,
      f.statusReason,
      f.practitionerCode,
      f.sessionsHeld,
      flag(f.allocated),
      flag(f.started),
      flag(f.completed),
    ]);
  }
  return s.finish();
}

export async function writePractitioners(
  wb: BoundedWorkbookWriter,
  practitioners: readonly WorkbookPractitioner[],
  maxRows: number,
): Promise<WrittenSheets> {
  const s = new SheetSeries(wb, PRACTITIONERS, maxRows);
  for (const p of practitioners) {
    await s.add(() => [
      p.code,
      p.laCode ?? PROGRAMME_ROW,
      p.costRole,
      p.substantiveRole,
      Number(p.fte),
      Number(p.vigHoursPerWeek),
      isoDate(p.startDate),
      p.supervisorCode,
      p.status,
      flag(p.trained),
      flag(p.accredited),
    ]);
  }
  return s.finish();
}
