import type { CostSummary, CountCost } from '@attune/domain';
import { toCsv } from '../../platform/csv/csv';

/** One figure of the cost summary as a CSV row (README, "The cost summary as CSV"). */
export interface CostSummaryCsvRow {
  section: string;
  key: string;
  minutes: number | null;
  cost: string | null;
  count: number | null;
}

const row = (
  section: string,
  key: string,
  cost: string | null,
  extra: { minutes?: number; count?: number } = {},
): CostSummaryCsvRow => ({
  section,
  key,
  minutes: extra.minutes ?? null,
  cost,
  count: extra.count ?? null,
});

const countRow = (section: string, key: string, c: CountCost) =>
  row(section, key, c.cost, { count: c.count });

/** Every figure of the summary, section by section in the JSON's order; money in pounds as in the JSON. */
export function costSummaryRows(s: CostSummary): CostSummaryCsvRow[] {
  return [
    ...Object.entries(s.totals).map(([key, cost]) => row('totals', key, cost)),
    ...s.byLocalAuthority.flatMap((la) => [
      row('byLocalAuthority.staffTime', la.code, la.staffTime),
      row('byLocalAuthority.resources', la.code, la.resources),
      row('byLocalAuthority.total', la.code, la.total),
    ]),
    ...s.byActivity.map((a) => row('byActivity', a.activity, a.cost, { minutes: a.minutes })),
    row('byCostType', 'setup', s.byCostType.setup),
    row('byCostType', 'recurring', s.byCostType.recurring),
    ...Object.entries(s.perFamily).map(([key, c]) => countRow('perFamily', key, c)),
    ...Object.entries(s.perPractitioner).map(([key, c]) => countRow('perPractitioner', key, c)),
    ...Object.entries(s.sensitivity).map(([key, cost]) => row('sensitivity', key, cost)),
    row('notStarted', 'total', s.notStarted.cost, {
      minutes: s.notStarted.minutes,
      count: s.notStarted.families,
    }),
    ...s.notStarted.breakdown.map((g) =>
      row('notStarted', `${g.laCode ?? ''}/${g.reason}`, g.cost, {
        minutes: g.minutes,
        count: g.families,
      }),
    ),
  ];
}

export function costSummaryCsv(s: CostSummary): string {
  return toCsv(
    [
      ['section', (r: CostSummaryCsvRow) => r.section],
      ['key', (r: CostSummaryCsvRow) => r.key],
      ['minutes', (r: CostSummaryCsvRow) => r.minutes],
      ['cost', (r: CostSummaryCsvRow) => r.cost],
      ['count', (r: CostSummaryCsvRow) => r.count],
    ],
    costSummaryRows(s),
  );
}
