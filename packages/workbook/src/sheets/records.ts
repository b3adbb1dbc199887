import {
  PROGRAMME_ROW,
  equivalentAnnualCost,
  resourceCost,
  type CostAccumulator,
  type ResourceRecord,
} from '@attune/domain';
import type { BoundedWorkbookWriter } from '../bounded-writer.js';
import { FAMILIES, NAMES, PRACTITIONERS, RESOURCES } from '../layout.js';
import { formula, isoDate, SheetSeries, type WrittenSheets } from '../table.js';
import type { WorkbookFamily, WorkbookPractitioner } from '../types.js';
import { indexFactorFormula } from './inputs.js';

const r = NAMES.discountRate;

/** DESIGN's equivalent annual cost of a durable (life > 1); a zero rate takes the limit cost / life. */
function eacFormula(row: number): string {
  return `IF(H${row}>1,IF(${r}=0,L${row}/H${row},L${row}*${r}/(1-(1+${r})^(-H${row}))),L${row})`;
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
