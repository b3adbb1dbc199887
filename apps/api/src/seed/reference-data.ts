import type { PriceIndexRecord, ProgrammeRecord, UnitCostRecord } from '@attune/domain';

/** The dates of the seeds' programme (seeds 000 and 001), shared by the demo and the scale programme. */
export const PROGRAMME_DATES = {
  startDate: '2021-06-01',
  intakeStart: '2021-08-01',
  intakeEnd: '2022-03-31',
  deliveryEnd: '2022-06-30',
  /** The two days of the initial course, the practitioners' start. */
  initialCourseDay1: '2021-06-14',
  initialCourseDay2: '2021-06-15',
  /** Family work is randomised from here on (after referrals open on 1 August). */
  firstRandomisation: '2021-08-16',
} as const;

export function programmeRecord(name: string): ProgrammeRecord {
  return {
    name,
    funder: "What Works for Children's Social Care",
    provider: 'Babies1st',
    startDate: PROGRAMME_DATES.startDate,
    intakeStart: PROGRAMME_DATES.intakeStart,
    intakeEnd: PROGRAMME_DATES.intakeEnd,
    deliveryEnd: PROGRAMME_DATES.deliveryEnd,
    priceYear: 2021,
    discountRate: '0.035',
    minFamiliesPerPractitioner: 6,
    minSessionsPerFamily: 8,
    cyclesPerFamily: 3,
    ruleSet: 'aviguk_18_cycle',
  };
}

/**
 * Hourly costs after the PSSRU Unit Costs of Health and Social Care 2021, in
 * pence. Each role is covered from 1 April 2021 with no end; social workers
 * get a second, 2022 price-year period from 1 April 2022 to show effective
 * dating (the first period ends the day before, so they never overlap).
 */
export function unitCosts(): UnitCostRecord[] {
  const from = '2021-04-01';
  const pssru = 'PSSRU Unit Costs of Health and Social Care 2021';
  return [
    {
      costRole: 'social_worker',
      hourlyCostPence: 5600,
      priceYear: 2021,
      basis: 'working_hour',
      source: `${pssru}, table 11.4 (social worker, children's services)`,
      effectiveFrom: from,
      effectiveTo: '2022-03-31',
    },
    {
      costRole: 'social_worker',
      hourlyCostPence: 5900,
      priceYear: 2022,
      basis: 'working_hour',
      source:
        "PSSRU Unit Costs of Health and Social Care 2022, table 11.4 (social worker, children's services)",
      effectiveFrom: '2022-04-01',
      effectiveTo: null,
    },
    {
      costRole: 'family_support_worker',
      hourlyCostPence: 3800,
      priceYear: 2021,
      basis: 'working_hour',
      source: `${pssru}, table 11.6 (family support worker)`,
      effectiveFrom: from,
      effectiveTo: null,
    },
    {
      costRole: 'educational_psychologist',
      hourlyCostPence: 7100,
      priceYear: 2021,
      basis: 'working_hour',
      source: `${pssru}, table 11.7 (educational psychologist)`,
      effectiveFrom: from,
      effectiveTo: null,
    },
    {
      costRole: 'vig_supervisor',
      hourlyCostPence: 7500,
      priceYear: 2021,
      basis: 'working_hour',
      source:
        'Provider day rate for an accredited VIG supervisor, 2021, converted to hours (7.5 h day)',
      effectiveFrom: from,
      effectiveTo: null,
    },
    {
      costRole: 'vig_trainer',
      hourlyCostPence: 8000,
      priceYear: 2021,
      basis: 'working_hour',
      source: 'Provider day rate for a VIG trainer, 2021, converted to hours (7.5 h day)',
      effectiveFrom: from,
      effectiveTo: null,
    },
    {
      costRole: 'team_manager',
      hourlyCostPence: 6300,
      priceYear: 2021,
      basis: 'working_hour',
      source: `${pssru}, table 11.3 (team manager, children's services)`,
      effectiveFrom: from,
      effectiveTo: null,
    },
    {
      costRole: 'admin_staff',
      hourlyCostPence: 2700,
      priceYear: 2021,
      basis: 'working_hour',
      source: `${pssru}, table 11.9 (administrative and clerical staff)`,
      effectiveFrom: from,
      effectiveTo: null,
    },
    {
      costRole: 'other',
      hourlyCostPence: 3500,
      priceYear: 2021,
      basis: 'working_hour',
      source: `${pssru}, table 11.9 (other local authority staff, mid-point)`,
      effectiveFrom: from,
      effectiveTo: null,
    },
  ];
}

/** One index per price year used by unit costs and resources (2020 = 100). */
export function priceIndex(): PriceIndexRecord[] {
  return [
    { year: 2020, index: '100.000' },
    { year: 2021, index: '102.500' },
    { year: 2022, index: '108.700' },
  ];
}

const PLACE_STEMS = [
  'North',
  'South',
  'East',
  'West',
  'Upper',
  'Lower',
  'Great',
  'Little',
  'Old',
  'New',
  'High',
  'Long',
  'Broad',
  'Bright',
  'Green',
];
const PLACE_ENDINGS = [
  'shire',
  'moor',
  'vale',
  'bridge',
  'field',
  'ford',
  'wick',
  'ham',
  'borough',
  'mouth',
  'dale',
  'wood',
  'cliffe',
  'minster',
  'caster',
];

/** A fictional LA name, unique for every index (15 x 15 names, then numbered). */
export function placeName(index: number): string {
  const stem = PLACE_STEMS[index % PLACE_STEMS.length] ?? 'North';
  const ending =
    PLACE_ENDINGS[Math.floor(index / PLACE_STEMS.length) % PLACE_ENDINGS.length] ?? 'shire';
  const round = Math.floor(index / (PLACE_STEMS.length * PLACE_ENDINGS.length));
  return round === 0 ? `${stem}${ending}` : `${stem}${ending} ${round + 1}`;
}

const GIVEN = [
  'Alex',
  'Sam',
  'Jordan',
  'Robin',
  'Morgan',
  'Casey',
  'Jamie',
  'Taylor',
  'Avery',
  'Riley',
  'Quinn',
  'Harper',
  'Rowan',
  'Emery',
  'Reese',
  'Skyler',
  'Dana',
  'Kit',
  'Lee',
  'Drew',
];
const FAMILY = [
  'Hartley',
  'Okafor',
  'Lindqvist',
  'Marsh',
  'Patel',
  'Brennan',
  'Achterberg',
  'Nowak',
  'Fairbairn',
  'Osei',
  'Castellano',
  'Whitlock',
  'Kaur',
  'Delaney',
  'Moreau',
  'Tanaka',
  'Ellison',
  'Abara',
  'Quigley',
  'Sorensen',
  'Varga',
];

/** A fictional staff name (staff only: families never have names, only references). */
export function staffName(index: number): string {
  const given = GIVEN[index % GIVEN.length] ?? 'Alex';
  const family =
    FAMILY[(index * 7 + Math.floor(index / GIVEN.length)) % FAMILY.length] ?? 'Hartley';
  return `${given} ${family}`;
}
