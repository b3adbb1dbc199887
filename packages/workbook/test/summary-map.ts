import { CostDecimal, formatPounds, type CostSummary } from '@attune/domain';

/** A Summary figure: `section/item/measure` → the count (or minutes) and the cost to the penny. */
export type Figures = Map<string, { count: number | null; cost: string | null }>;

/**
 * A spreadsheet number shown to the penny, as Excel and LibreOffice show it:
 * to 15 significant digits first (what a double means), then half-up.
 */
export function penny(value: unknown): string | null {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value !== 'number') throw new Error(`expected a number, got ${JSON.stringify(value)}`);
  return formatPounds(new CostDecimal(value.toPrecision(15)).mul(100));
}

/** The figures of the Summary sheet's rows (header first): section, item, measure, minutes or count, cost. */
export function sheetFigures(rows: unknown[][]): Figures {
  const figures: Figures = new Map();
  for (const row of rows.slice(1)) {
    const [section, item, measure, count, cost] = row as [
      string | null,
      string,
      string,
      unknown,
      unknown,
    ];
    if (section === '' || section === null) continue;
    figures.set(`${section}/${item}/${measure}`, {
      count: typeof count === 'number' ? count : null,
      cost: penny(cost),
    });
  }
  return figures;
}

/** The same figures from the cost-summary JSON. */
export function summaryFigures(s: CostSummary): Figures {
  const figures: Figures = new Map();
  const put = (key: string, cost: string | null, count: number | null = null): void => {
    figures.set(key, { count, cost });
  };
  for (const [k, v] of Object.entries(s.totals)) put(`totals/${k}/cost`, v);
  for (const la of s.byLocalAuthority) {
    put(`byLocalAuthority/${la.code}/staffTime`, la.staffTime);
    put(`byLocalAuthority/${la.code}/resources`, la.resources);
    put(`byLocalAuthority/${la.code}/total`, la.total);
  }
  for (const a of s.byActivity) put(`byActivity/${a.activity}/cost`, a.cost, a.minutes);
  put('byCostType/setup/cost', s.byCostType.setup);
  put('byCostType/recurring/cost', s.byCostType.recurring);
  for (const [k, v] of Object.entries(s.perFamily))
    put(`perFamily/${k}/cost per family`, v.cost, v.count);
  for (const [k, v] of Object.entries(s.perPractitioner))
    put(`perPractitioner/${k}/cost per practitioner`, v.cost, v.count);
  for (const [k, v] of Object.entries(s.sensitivity)) put(`sensitivity/${k}/total`, v);
  return figures;
}
