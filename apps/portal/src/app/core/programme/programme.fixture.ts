import { ProgrammeOption } from './programme.models';

/** Two imports of the same package: same name and dates, told apart by import time (for tests). */
export const PROGRAMMES: ProgrammeOption[] = [
  {
    id: 'p1',
    name: 'VIG Babies1st',
    startDate: '2021-09-01',
    deliveryEnd: '2022-06-30',
    priceYear: 2021,
    importedAt: '2026-12-01T09:15:00.000Z',
    localAuthorities: ['LA1', 'LA2'],
  },
  {
    id: 'p2',
    name: 'VIG Babies1st',
    startDate: '2021-09-01',
    deliveryEnd: '2022-06-30',
    priceYear: 2021,
    importedAt: '2026-12-06T20:35:12.000Z',
    localAuthorities: ['LA1', 'LA2'],
  },
];
