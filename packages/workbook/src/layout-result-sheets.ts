// The sheets of results: Families to the DataDictionary.
import { col, LA_MEANING, POUNDS, DATE, type SheetSpec } from './layout-spec.js';

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
    'Total cost with every staff unit cost × the low and high factors of Assumptions (resources unchanged), and beside it the one-way analysis of each assumption on staff time plus equivalent annual resources.',
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
    // The one-way analysis (GET …/sensitivity) beside it: one assumption moved at a time.
    col(
      'Assumption',
      18,
      'data',
      'code',
      'One-way analysis: unit_cost, useful_life, discount_rate or sensitivity_factors; widest range first.',
    ),
    col(
      'Parameter',
      18,
      'data',
      'code',
      'The cost role (unit_cost), durables, discountRate, or staff (every staff unit cost at once).',
    ),
    col(
      'Low value',
      10,
      'formula',
      'number',
      'SensitivityLow on unit costs; the change in years of life; the discount rate.',
      '0.00',
    ),
    col('High value', 10, 'formula', 'number', 'The same, at its high end.', '0.00'),
    col(
      'Low total (£)',
      16,
      'formula',
      '£',
      'Staff time plus equivalent annual resources with this assumption low and all else at base.',
      POUNDS,
    ),
    col('High total (£)', 16, 'formula', '£', 'The same with the assumption high.', POUNDS),
    col('Range (£)', 14, 'formula', '£', '|High total − Low total|.', POUNDS),
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
