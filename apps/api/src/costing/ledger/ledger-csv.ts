import type { LedgerLineView } from '@attune/contract';

/** The CSV's columns: the JSON line's fields, snake_case, in the same order. */
export const LEDGER_CSV_COLUMNS = [
  'date',
  'la_code',
  'staff_code',
  'cost_role',
  'activity',
  'source',
  'source_record_id',
  'family_reference',
  'minutes',
  'rate',
  'cost',
  'cost_type',
] as const;

/** A spreadsheet would run a cell starting with = + - @ as a formula: such text gets a leading quote. */
function safe(value: string | null): string {
  if (value === null) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function ledgerCsvRow(l: LedgerLineView): string[] {
  return [
    l.date,
    safe(l.laCode),
    safe(l.staffCode),
    l.costRole ?? '',
    l.activity ?? '',
    l.source,
    l.sourceRecordId,
    safe(l.familyReference),
    String(l.minutes),
    l.rate ?? '',
    l.cost ?? '',
    l.costType,
  ];
}
