import type ExcelJS from 'exceljs';

/** Excel's rows per sheet, less the header row. */
export const MAX_DATA_ROWS = 1_048_575;

export const POUNDS = '£#,##0.00';
export const DATE = 'yyyy-mm-dd';
export const FACTOR = '0.000000';
export const PERCENT = '0.00%';
export const HOURS = '0.00';

/**
 * What a column holds, for the reader: `input` cells are meant to be edited
 * (styled as inputs), `formula` cells recalculate from them, `data` cells are
 * the programme's records.
 */
export type ColumnKind = 'data' | 'input' | 'formula';

export interface ColumnSpec {
  header: string;
  width: number;
  kind: ColumnKind;
  /** Unit or format, for the DataDictionary. */
  unit: string;
  numFmt?: string;
  meaning: string;
}

export interface SheetSpec {
  name: string;
  /** One line for the Cover. */
  purpose: string;
  columns: ColumnSpec[];
}

const col = (
  header: string,
  width: number,
  kind: ColumnKind,
  unit: string,
  meaning: string,
  numFmt?: string,
): ColumnSpec =>
  numFmt === undefined
    ? { header, width, kind, unit, meaning }
    : { header, width, kind, unit, meaning, numFmt };

const LA_MEANING =
  'Local authority code; `programme` for programme-wide (provider staff with no LA).';

export const COVER: SheetSpec = {
  name: 'Cover',
  purpose:
    'The programme, its price year and discount rate, when and by whom this workbook was generated, and this list.',
  columns: [
    col('Field', 28, 'data', 'text', 'What the value on this row is.'),
    col(
      'Value',
      60,
      'data',
      'text',
      'The value; price year and discount rate follow the Assumptions sheet.',
    ),
  ],
};

export const ASSUMPTIONS: SheetSpec = {
  name: 'Assumptions',
  purpose: 'The editable inputs, as named cells: price year, discount rate, sensitivity factors.',
  columns: [
    col('Name', 20, 'data', 'text', 'The defined name of the input cell, usable in any formula.'),
    col(
      'Value',
      14,
      'input',
      'as named',
      'The input; change it and every dependent figure recalculates.',
    ),
    col('Meaning', 80, 'data', 'text', 'What the input does and where it comes from.'),
  ],
};

export const UNIT_COSTS: SheetSpec = {
  name: 'UnitCosts',
  purpose:
    'Hourly staff unit costs by cost role and period (editable), with the price-index uplift to the price year.',
  columns: [
    col(
      'Cost role',
      24,
      'data',
      'code',
      'The cost role the unit cost applies to; StaffTime rows of this role use it.',
    ),
    col(
      'Hourly cost (£)',
      16,
      'input',
      '£ per hour',
      'Hourly cost in the unit cost’s own price year.',
      POUNDS,
    ),
    col('Price year', 11, 'data', 'year', 'The year whose prices the hourly cost is in.'),
    col('Basis', 14, 'data', 'code', '`working_hour` or `client_hour`.'),
    col('Source', 36, 'data', 'text', 'Where the unit cost comes from (e.g. a PSSRU table).'),
    col(
      'Effective from',
      14,
      'data',
      'date',
      'First day the unit cost applies; empty means open.',
      DATE,
    ),
    col(
      'Effective to',
      14,
      'data',
      'date',
      'Last day the unit cost applies (inclusive); empty means open.',
      DATE,
    ),
    col(
      'Index factor',
      13,
      'formula',
      'ratio',
      'PriceIndex of the price year (Assumptions) ÷ PriceIndex of this row’s price year.',
      FACTOR,
    ),
    col(
      'Hourly rate at price year (£)',
      18,
      'formula',
      '£ per hour',
      'Hourly cost × index factor: the rate StaffTime uses.',
      POUNDS,
    ),
    col(
      'Period start',
      13,
      'formula',
      'date',
      'Effective from, or 0 when open: the lower bound StaffTime looks up.',
      DATE,
    ),
    col(
      'Period end',
      13,
      'formula',
      'date',
      'Effective to, or 9999-12-31 when open: the upper bound StaffTime looks up.',
      DATE,
    ),
  ],
};

export const PRICE_INDEX: SheetSpec = {
  name: 'PriceIndex',
  purpose: 'The price index by year (editable) used to bring costs to the price year.',
  columns: [
    col('Year', 10, 'data', 'year', 'Calendar or financial year the index value is for.'),
    col(
      'Index',
      12,
      'input',
      'index',
      'The index value; costs of year Y are multiplied by index[price year] ÷ index[Y].',
      FACTOR,
    ),
  ],
};

export const STAFF_TIME: SheetSpec = {
  name: 'StaffTime',
  purpose:
    'One row per staff-time ledger line, costed by formula; continues on StaffTime2, StaffTime3, … when full.',
  columns: [
    col('Date', 12, 'data', 'date', 'The day the time was spent.', DATE),
    col('LA', 12, 'data', 'code', LA_MEANING),
    col(
      'Staff code',
      14,
      'data',
      'code',
      'Pseudonymous code of the person (practitioner `P-<LA>-NN`); never a name.',
    ),
    col('Cost role', 22, 'data', 'code', 'The person’s cost role, which picks the unit cost.'),
    col(
      'Activity',
      22,
      'data',
      'code',
      'Ledger activity (direct_delivery, travel, preparation, supervision_…, training_…, …).',
    ),
    col(
      'Source',
      20,
      'data',
      'code',
      'What the minutes were costed from: family_session, supervision_session, training_event, time_entry.',
    ),
    col(
      'Family reference',
      16,
      'data',
      'code',
      'Pseudonymous family reference when the time was for one family; empty otherwise.',
    ),
    col('Minutes', 10, 'data', 'minutes', 'Minutes spent.'),
    col('Hours', 10, 'formula', 'hours', 'Minutes ÷ 60.', HOURS),
    col(
      'Rate (£/h)',
      12,
      'formula',
      '£ per hour',
      'UnitCosts hourly rate at price year of this cost role whose period covers the date.',
      POUNDS,
    ),
    col('Cost (£)', 12, 'formula', '£', 'Hours × rate, unrounded; shown to the penny.', POUNDS),
    col(
      'Cost type',
      11,
      'data',
      'code',
      '`setup` for training_received and training_delivered, else `recurring`.',
    ),
  ],
};

export const RESOURCES: SheetSpec = {
  name: 'Resources',
  purpose:
    'Non-staff resources with formulas for their cost at the price year and equivalent annual cost.',
  columns: [
    col('Description', 32, 'data', 'text', 'What the resource is.'),
    col(
      'Category',
      16,
      'data',
      'code',
      'equipment, software, training_fee, supervision_fee, materials, venue, travel_expenses, other.',
    ),
    col('LA', 12, 'data', 'code', LA_MEANING),
    col('Cost type', 11, 'data', 'code', '`setup` or `recurring`.'),
    col(
      'Quantity',
      10,
      'data',
      'number',
      'How many units (up to three decimals: miles, days).',
      '0.###',
    ),
    col(
      'Unit cost (£)',
      14,
      'input',
      '£',
      'Cost of one unit in the resource’s price year.',
      POUNDS,
    ),
    col('Price year', 11, 'data', 'year', 'The year whose prices the unit cost is in.'),
    col(
      'Useful life (years)',
      12,
      'data',
      'years',
      'Years the resource lasts; more than 1 makes it durable.',
    ),
    col('Bearer', 10, 'data', 'code', 'Who bears the cost: la, provider, funder.'),
    col('Date', 12, 'data', 'date', 'When the cost fell.', DATE),
    col(
      'Index factor',
      13,
      'formula',
      'ratio',
      'PriceIndex of the price year ÷ PriceIndex of this row’s price year.',
      FACTOR,
    ),
    col('Cost (£)', 14, 'formula', '£', 'Quantity × unit cost × index factor.', POUNDS),
    col(
      'Equivalent annual cost (£)',
      16,
      'formula',
      '£',
      'For durables: cost × r ÷ (1 − (1 + r)^−life), r = DiscountRate; else the cost.',
      POUNDS,
    ),
  ],
};

export const FAMILIES: SheetSpec = {
  name: 'Families',
  purpose:
    'One row per family: pseudonymous reference, LA, trial arm, status and the counts behind the per-family costs.',
  columns: [
    col(
      'Family reference',
      16,
      'data',
      'code',
      'Pseudonymous reference; no name or date of birth.',
    ),
    col('LA', 10, 'data', 'code', 'Local authority code.'),
    col('Trial arm', 14, 'data', 'code', 'intervention, control or not_randomised.'),
    col(
      'Status',
      14,
      'data',
      'code',
      'referred, randomised, allocated, active, completed, withdrawn or not_proceeded.',
    ),
    col(
      'Status reason',
      22,
      'data',
      'code',
      'Why a family did not proceed or withdrew (e.g. court_proceedings); empty otherwise.',
    ),
    col('Practitioner code', 16, 'data', 'code', 'The allocated practitioner; empty when none.'),
    col('Sessions held', 10, 'data', 'count', 'Family sessions with outcome `held`.'),
    col(
      'Allocated',
      10,
      'data',
      '1 or 0',
      '1 when an intervention family has a practitioner, whatever happened next.',
    ),
    col('Started', 10, 'data', '1 or 0', '1 when allocated and at least one session was held.'),
    col(
      'Completed',
      10,
      'data',
      '1 or 0',
      '1 when an intervention family’s status is `completed`.',
    ),
  ],
};

export const PRACTITIONERS: SheetSpec = {
  name: 'Practitioners',
  purpose:
    'One row per practitioner (code only) with the counts behind the per-practitioner costs.',
  columns: [
    col('Practitioner code', 16, 'data', 'code', 'Pseudonymous code `P-<LA>-NN`; never a name.'),
    col('LA', 10, 'data', 'code', LA_MEANING),
    col('Cost role', 22, 'data', 'code', 'The cost role of the practitioner’s time.'),
    col(
      'Substantive role',
      22,
      'data',
      'code',
      'social_worker, family_support_worker, educational_psychologist or other.',
    ),
    col('FTE', 8, 'data', 'fraction', 'Full-time equivalent, 0.1 to 1.0.', '0.00'),
    col('VIG hours per week', 12, 'data', 'hours', 'Hours a week allotted to VIG.', '0.0#'),
    col('Start date', 12, 'data', 'date', 'Start on the programme.', DATE),
    col('Supervisor code', 16, 'data', 'code', 'The assigned supervisor’s staff code.'),
    col('Status', 12, 'data', 'code', 'active, paused or withdrawn.'),
    col(
      'Trained',
      9,
      'data',
      '1 or 0',
      '1 when the practitioner attended an initial_course training event.',
    ),
    col('Accredited', 10, 'data', '1 or 0', '1 when an accreditation milestone was passed.'),
  ],
};

export const SUMMARY: SheetSpec = {
  name: 'Summary',
  purpose:
    'The cost summary as formulas over the data sheets: totals, by LA, by activity, set-up/recurring, per family, per practitioner.',
  columns: [
    col(
      'Section',
      20,
      'data',
      'text',
      'The cost-summary section (totals, byLocalAuthority, byActivity, byCostType, perFamily, perPractitioner, sensitivity).',
    ),
    col(
      'Item',
      24,
      'data',
      'code',
      'The row within the section: an LA code (`programme` for programme-wide), an activity, a count name.',
    ),
    col('Measure', 26, 'data', 'text', 'Which figure: staffTime, resources, total, cost, …'),
    col(
      'Minutes or count',
      14,
      'formula',
      'minutes or count',
      'Minutes (byActivity) or the count divided by (perFamily, perPractitioner).',
    ),
    col(
      'Cost (£)',
      16,
      'formula',
      '£',
      'The figure: sums of StaffTime and Resources costs by SUMIFS, unrounded and shown to the penny.',
      POUNDS,
    ),
  ],
};

export const SENSITIVITY: SheetSpec = {
  name: 'Sensitivity',
  purpose:
    'Total cost with every staff unit cost × the low and high factors of Assumptions (resources unchanged).',
  columns: [
    col('Scenario', 12, 'data', 'text', 'low, base or high.'),
    col(
      'Staff cost factor',
      14,
      'formula',
      'ratio',
      'SensitivityLow, 1 or SensitivityHigh.',
      '0.00',
    ),
    col('Staff time (£)', 16, 'formula', '£', 'Summary staff-time total × factor.', POUNDS),
    col('Resources (£)', 16, 'formula', '£', 'Summary resources total (unchanged).', POUNDS),
    col('Total (£)', 16, 'formula', '£', 'Staff time + resources.', POUNDS),
  ],
};

export const DATA_DICTIONARY: SheetSpec = {
  name: 'DataDictionary',
  purpose: 'Every column of every sheet explained.',
  columns: [
    col('Sheet', 16, 'data', 'text', 'Sheet name.'),
    col('Column', 8, 'data', 'letter', 'Column letter.'),
    col('Header', 28, 'data', 'text', 'The column’s header.'),
    col(
      'Kind',
      9,
      'data',
      'code',
      '`input` (edit it), `formula` (recalculates) or `data` (the records).',
    ),
    col('Unit', 14, 'data', 'text', 'Unit or format of the values.'),
    col('Meaning', 90, 'data', 'text', 'What the column holds and how it is worked out.'),
  ],
};

/** Sheets in workbook order; data sheets may continue on numbered sheets after their base. */
export const SHEETS: readonly SheetSpec[] = [
  COVER,
  ASSUMPTIONS,
  UNIT_COSTS,
  PRICE_INDEX,
  STAFF_TIME,
  RESOURCES,
  FAMILIES,
  PRACTITIONERS,
  SUMMARY,
  SENSITIVITY,
  DATA_DICTIONARY,
];

export const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true, color: { argb: 'FFFFFFFF' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } },
  alignment: { vertical: 'middle', wrapText: true },
};

/** The usual spreadsheet convention for cells a reader may change: blue text on pale yellow. */
export function inputStyle(numFmt?: string): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: { color: { argb: 'FF0000FF' } },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } },
    border: {
      top: { style: 'thin', color: { argb: 'FF7F7F7F' } },
      bottom: { style: 'thin', color: { argb: 'FF7F7F7F' } },
      left: { style: 'thin', color: { argb: 'FF7F7F7F' } },
      right: { style: 'thin', color: { argb: 'FF7F7F7F' } },
    },
  };
  if (numFmt !== undefined) style.numFmt = numFmt;
  return style;
}

/** A column letter (1 → A, 27 → AA). */
export function letter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet name as a formula reference prefix, quoted when it is not a plain identifier. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/** The defined names of the Assumptions inputs, usable in any formula. */
export const NAMES = {
  priceYear: 'PriceYear',
  discountRate: 'DiscountRate',
  sensitivityLow: 'SensitivityLow',
  sensitivityHigh: 'SensitivityHigh',
} as const;

/** Excel's serial number of 9999-12-31, the open end of a unit-cost period. */
export const OPEN_END_SERIAL = 2958465;

/** The letter of a sheet's column by its header, so formulas on other sheets follow the layout. */
export function columnOf(spec: SheetSpec, header: string): string {
  const i = spec.columns.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`${spec.name} has no column "${header}"`);
  return letter(i + 1);
}
