import type { ResourceRecord } from '@attune/domain';
import type { Rng } from './prng';
import { PROGRAMME_DATES } from './reference-data';

/** Tenths as an exact decimal string (`12345` → `1234.5`), never through a float. */
function tenths(value: number): string {
  return `${Math.floor(value / 10)}.${value % 10}`;
}

/**
 * An LA's own non-staff costs: a camera per practitioner (durable, three
 * years), encrypted storage bought at 2020 prices, memory cards and tripods,
 * and mileage claimed for home visits (miles to a tenth).
 */
export function laResources(laCode: string, practitioners: number, rng: Rng): ResourceRecord[] {
  const day1 = PROGRAMME_DATES.initialCourseDay1;
  return [
    {
      description: 'Video camera for filming sessions',
      category: 'equipment',
      laCode,
      costType: 'setup',
      quantity: String(practitioners),
      unitCostPence: 32900,
      priceYear: 2021,
      usefulLifeYears: 3,
      bearer: 'la',
      date: day1,
    },
    {
      description: 'Encrypted storage drive for film clips',
      category: 'equipment',
      laCode,
      costType: 'setup',
      quantity: String(Math.max(1, Math.ceil(practitioners / 3))),
      unitCostPence: 12900,
      priceYear: 2020,
      usefulLifeYears: 3,
      bearer: 'la',
      date: day1,
    },
    {
      description: 'Memory cards, tripods and batteries',
      category: 'materials',
      laCode,
      costType: 'recurring',
      quantity: String(practitioners),
      unitCostPence: 2450,
      priceYear: 2021,
      usefulLifeYears: 1,
      bearer: 'la',
      date: '2021-09-01',
    },
    {
      description: 'Mileage for home visits (miles)',
      category: 'travel_expenses',
      laCode,
      costType: 'recurring',
      quantity: tenths(practitioners * rng.int(9000, 15000) + rng.int(0, 9)),
      unitCostPence: 45,
      priceYear: 2021,
      usefulLifeYears: 1,
      bearer: 'la',
      date: PROGRAMME_DATES.deliveryEnd,
    },
  ];
}

/** Programme-wide costs: fees to the provider, software, and venues for the course and group days. */
export function programmeResources(practitioners: number, cohorts: number): ResourceRecord[] {
  const day1 = PROGRAMME_DATES.initialCourseDay1;
  return [
    {
      description: 'Video editing software licence (per practitioner, one year)',
      category: 'software',
      laCode: null,
      costType: 'recurring',
      quantity: String(practitioners),
      unitCostPence: 9900,
      priceYear: 2021,
      usefulLifeYears: 1,
      bearer: 'funder',
      date: day1,
    },
    {
      description: 'Initial VIG course fee to the provider (per trainee)',
      category: 'training_fee',
      laCode: null,
      costType: 'setup',
      quantity: String(practitioners),
      unitCostPence: 145000,
      priceYear: 2021,
      usefulLifeYears: 1,
      bearer: 'funder',
      date: day1,
    },
    {
      description: 'AVIGuk registration and accreditation review fee (per trainee)',
      category: 'supervision_fee',
      laCode: null,
      costType: 'recurring',
      quantity: String(practitioners),
      unitCostPence: 62000,
      priceYear: 2021,
      usefulLifeYears: 1,
      bearer: 'funder',
      date: '2021-09-01',
    },
    {
      description: 'Venue hire for the initial course (days)',
      category: 'venue',
      laCode: null,
      costType: 'setup',
      quantity: String(cohorts * 2),
      unitCostPence: 42000,
      priceYear: 2021,
      usefulLifeYears: 1,
      bearer: 'provider',
      date: day1,
    },
    {
      description: 'Venue hire for group days and the half-day stage introduction (days)',
      category: 'venue',
      laCode: null,
      costType: 'recurring',
      quantity: tenths(cohorts * 35),
      unitCostPence: 38000,
      priceYear: 2022,
      usefulLifeYears: 1,
      bearer: 'provider',
      date: '2022-06-08',
    },
  ];
}
