export type { CostSummary, LedgerMonth, LedgerMonthsView } from '@attune/contract';

/** The summary's LA code for costs that belong to no one LA. */
export const PROGRAMME_WIDE = 'programme';

export function laLabel(code: string): string {
  return code === PROGRAMME_WIDE ? 'Programme-wide' : code;
}

export function packageHref(programmeId: string): string {
  return `/api/programmes/${encodeURIComponent(programmeId)}/package`;
}
