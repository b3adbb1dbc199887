// The sheets of records and inputs: Cover to Resources.
import { DISCOUNT_RATE_RANGE, USEFUL_LIFE_STEP_YEARS } from '@attune/domain';
import { col, LA_MEANING, POUNDS, DATE, FACTOR, HOURS, type SheetSpec } from './layout-spec.js';

const percent = (rate: string): string => `${Number(rate) * 100} %`;

/** The Resources columns the one-way sensitivity reads: the equivalent annual cost under each change. */
export const RESOURCE_ONE_WAY_HEADERS = {
  shorter: `EAC, durables' lives ${USEFUL_LIFE_STEP_YEARS} year shorter (£)`,
  longer: `EAC, durables' lives ${USEFUL_LIFE_STEP_YEARS} year longer (£)`,
  rateLow: `EAC at ${percent(DISCOUNT_RATE_RANGE.low)} (£)`,
  rateHigh: `EAC at ${percent(DISCOUNT_RATE_RANGE.high)} (£)`,
} as const;

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
    col(
      RESOURCE_ONE_WAY_HEADERS.shorter,
      16,
      'formula',
      '£',
      `The equivalent annual cost with a durable's life ${USEFUL_LIFE_STEP_YEARS} year shorter (never under 1 year, when it counts at its cost); for the Sensitivity sheet.`,
      POUNDS,
    ),
    col(
      RESOURCE_ONE_WAY_HEADERS.longer,
      16,
      'formula',
      '£',
      `The equivalent annual cost with a durable's life ${USEFUL_LIFE_STEP_YEARS} year longer; other resources at their cost. For the Sensitivity sheet.`,
      POUNDS,
    ),
    col(
      RESOURCE_ONE_WAY_HEADERS.rateLow,
      16,
      'formula',
      '£',
      `The equivalent annual cost at a discount rate of ${percent(DISCOUNT_RATE_RANGE.low)} (cost ÷ life for durables); for the Sensitivity sheet.`,
      POUNDS,
    ),
    col(
      RESOURCE_ONE_WAY_HEADERS.rateHigh,
      16,
      'formula',
      '£',
      `The equivalent annual cost at a discount rate of ${percent(DISCOUNT_RATE_RANGE.high)}; for the Sensitivity sheet.`,
      POUNDS,
    ),
  ],
};
