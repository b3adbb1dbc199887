import { type CostBreakdown, type ExactCountCost } from '@attune/domain';
import type { BoundedWorkbookWriter } from '../bounded-writer.js';
import { columnOf, FAMILIES, PRACTITIONERS, SENSITIVITY, SUMMARY, sheetRef } from '../layout.js';
import { formula, SheetSeries, type WrittenSheets } from '../table.js';
import { across, pounds, RES, ST } from './sources.js';

/** The data sheets the Summary's formulas read, each possibly continued on numbered sheets. */
export interface SummarySources {
  staffTime: string[];
  resources: string[];
  families: string[];
  practitioners: string[];
}

/** Rows of the Summary that the Sensitivity sheet reads. */
export interface SummaryRows {
  staffRow: number;
  resourcesRow: number;
  eacRow: number;
}

/** One Summary row: section and item name the cost-summary JSON field it mirrors. */
interface SummaryLine {
  section: string;
  item: string;
  measure: string;
  count?: { f: string; v: number };
  cost: { f: (row: number) => string; v: number | '' };
}

/** Sensitivity rows (low, base, high) sit on rows 2 to 4 of the Sensitivity sheet. */
export const SENSITIVITY_ROWS = { low: 2, base: 3, high: 4 } as const;

function summaryLines(b: CostBreakdown, src: SummarySources): SummaryLine[] {
  const lines: SummaryLine[] = [];
  const at = (): number => lines.length + 2;
  const staffRow = at();
  lines.push({
    section: 'totals',
    item: 'staffTime',
    measure: 'cost',
    cost: { f: () => across(src.staffTime, ST.cost), v: pounds(b.totals.staffTime) },
  });
  const resourcesRow = at();
  lines.push({
    section: 'totals',
    item: 'resources',
    measure: 'cost',
    cost: { f: () => across(src.resources, RES.cost), v: pounds(b.totals.resources) },
  });
  const totalRow = at();
  lines.push({
    section: 'totals',
    item: 'total',
    measure: 'cost',
    cost: { f: () => `E${staffRow}+E${resourcesRow}`, v: pounds(b.totals.total) },
  });
  lines.push({
    section: 'totals',
    item: 'equivalentAnnualResources',
    measure: 'cost',
    cost: {
      f: () => across(src.resources, RES.eac),
      v: pounds(b.totals.equivalentAnnualResources),
    },
  });
  for (const la of b.byLocalAuthority) {
    const base = { section: 'byLocalAuthority', item: la.code };
    lines.push({
      ...base,
      measure: 'staffTime',
      cost: { f: (r) => across(src.staffTime, ST.cost, ST.la, `$B${r}`), v: pounds(la.staffTime) },
    });
    lines.push({
      ...base,
      measure: 'resources',
      cost: {
        f: (r) => across(src.resources, RES.cost, RES.la, `$B${r}`),
        v: pounds(la.resources),
      },
    });
    lines.push({
      ...base,
      measure: 'total',
      cost: { f: (r) => `E${r - 2}+E${r - 1}`, v: pounds(la.total) },
    });
  }
  for (const a of b.byActivity) {
    const row = at();
    lines.push({
      section: 'byActivity',
      item: a.activity,
      measure: 'cost',
      count: { f: across(src.staffTime, ST.minutes, ST.activity, `$B${row}`), v: a.minutes },
      cost: { f: (r) => across(src.staffTime, ST.cost, ST.activity, `$B${r}`), v: pounds(a.cost) },
    });
  }
  for (const type of ['setup', 'recurring'] as const) {
    lines.push({
      section: 'byCostType',
      item: type,
      measure: 'cost',
      cost: {
        f: (r) =>
          `${across(src.staffTime, ST.cost, ST.costType, `$B${r}`)}+${across(src.resources, RES.cost, RES.costType, `$B${r}`)}`,
        v: pounds(b.byCostType[type]),
      },
    });
  }
  const per = (
    section: string,
    item: string,
    measure: string,
    sheets: string[],
    col: string,
    c: ExactCountCost,
  ): void => {
    lines.push({
      section,
      item,
      measure,
      count: { f: across(sheets, col), v: c.count },
      cost: {
        f: (r) => `IF(D${r}=0,"",E${totalRow}/D${r})`,
        v: c.cost === null ? '' : pounds(c.cost),
      },
    });
  };
  per(
    'perFamily',
    'allocated',
    'cost per family',
    src.families,
    columnOf(FAMILIES, 'Allocated'),
    b.perFamily.allocated,
  );
  per(
    'perFamily',
    'started',
    'cost per family',
    src.families,
    columnOf(FAMILIES, 'Started'),
    b.perFamily.started,
  );
  per(
    'perFamily',
    'completed',
    'cost per family',
    src.families,
    columnOf(FAMILIES, 'Completed'),
    b.perFamily.completed,
  );
  per(
    'perPractitioner',
    'trained',
    'cost per practitioner',
    src.practitioners,
    columnOf(PRACTITIONERS, 'Trained'),
    b.perPractitioner.trained,
  );
  per(
    'perPractitioner',
    'accredited',
    'cost per practitioner',
    src.practitioners,
    columnOf(PRACTITIONERS, 'Accredited'),
    b.perPractitioner.accredited,
  );
  const sens = sheetRef(SENSITIVITY.name);
  for (const scenario of ['low', 'base', 'high'] as const) {
    lines.push({
      section: 'sensitivity',
      item: scenario,
      measure: 'total',
      cost: {
        f: () => `${sens}$E$${SENSITIVITY_ROWS[scenario]}`,
        v: pounds(b.sensitivity[scenario]),
      },
    });
  }
  return lines;
}

/**
 * The Summary: one row per figure of the cost summary (section, item, measure
 * name its JSON field), each a formula over the data sheets, unrounded and
 * shown to the penny. Returns the rows of the staff-time, resources and equivalent annual
 * resources totals (the first, second and fourth lines of summaryLines).
 */
export async function writeSummary(
  wb: BoundedWorkbookWriter,
  b: CostBreakdown,
  src: SummarySources,
): Promise<WrittenSheets & SummaryRows> {
  const s = new SheetSeries(wb, SUMMARY);
  for (const line of summaryLines(b, src)) {
    await s.add((r) => [
      line.section,
      line.item,
      line.measure,
      line.count ? formula(line.count.f, line.count.v) : null,
      formula(line.cost.f(r), line.cost.v),
    ]);
  }
  return { ...s.finish(), staffRow: 2, resourcesRow: 3, eacRow: 5 };
}
