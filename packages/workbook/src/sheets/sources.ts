import type { Decimal } from '@attune/domain';
import { columnOf, RESOURCE_ONE_WAY_HEADERS, RESOURCES, STAFF_TIME, sheetRef } from '../layout.js';

/** Pence as the pounds a cell holds, unrounded (the sheet shows them to the penny). */
export const pounds = (pence: Decimal): number => pence.div(100).toNumber();

/** `SUM(S!$c:$c)` or `SUMIFS(S!$c:$c,S!$k:$k,criterion)` over every sheet of a series, added up. */
export function across(
  sheets: string[],
  sumCol: string,
  critCol?: string,
  criterion?: string,
): string {
  return sheets
    .map((name) => {
      const s = sheetRef(name);
      return critCol === undefined
        ? `SUM(${s}$${sumCol}:$${sumCol})`
        : `SUMIFS(${s}$${sumCol}:$${sumCol},${s}$${critCol}:$${critCol},${criterion})`;
    })
    .join('+');
}

// The data-sheet columns the Summary reads.
export const ST = {
  la: columnOf(STAFF_TIME, 'LA'),
  activity: columnOf(STAFF_TIME, 'Activity'),
  minutes: columnOf(STAFF_TIME, 'Minutes'),
  cost: columnOf(STAFF_TIME, 'Cost (£)'),
  costType: columnOf(STAFF_TIME, 'Cost type'),
  role: columnOf(STAFF_TIME, 'Cost role'),
};
export const RES = {
  la: columnOf(RESOURCES, 'LA'),
  costType: columnOf(RESOURCES, 'Cost type'),
  cost: columnOf(RESOURCES, 'Cost (£)'),
  eac: columnOf(RESOURCES, 'Equivalent annual cost (£)'),
  eacShorter: columnOf(RESOURCES, RESOURCE_ONE_WAY_HEADERS.shorter),
  eacLonger: columnOf(RESOURCES, RESOURCE_ONE_WAY_HEADERS.longer),
  eacRateLow: columnOf(RESOURCES, RESOURCE_ONE_WAY_HEADERS.rateLow),
  eacRateHigh: columnOf(RESOURCES, RESOURCE_ONE_WAY_HEADERS.rateHigh),
};
