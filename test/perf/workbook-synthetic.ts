import {
  CostAccumulator,
  type LedgerLine,
  type PriceIndexRecord,
  type ProgrammeRecord,
  type UnitCostRecord,
} from '@attune/domain';
import type { WorkbookInput } from '@attune/workbook';

/** Ledger activities in the mix a programme has: mostly family sessions, some supervision and admin. */
const MIX = [
  ['direct_delivery', 'family_session'],
  ['travel', 'family_session'],
  ['preparation', 'family_session'],
  ['supervision_received', 'supervision_session'],
  ['case_recording', 'time_entry'],
] as const;

export const LAS = 40;

/**
 * `count` ledger lines made on the fly (nothing kept): 40 LAs, 25 practitioners
 * each, 2021–2022, a programme-wide line in 50. The benchmark's stand-in for
 * the seed:scale programme's ledger, which lives in the API package.
 */
export function* syntheticLedger(count: number): Generator<LedgerLine> {
  for (let i = 0; i < count; i++) {
    const la = `LA${String((i % LAS) + 1).padStart(2, '0')}`;
    const [activity, source] = MIX[i % MIX.length]!;
    yield {
      date: `${2021 + ((i >> 9) % 2)}-${String(1 + ((i >> 5) % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      laCode: i % 50 === 0 ? null : la,
      staffCode: `P-${la}-${String((i % 25) + 1).padStart(2, '0')}`,
      costRole: i % 3 === 0 ? 'family_support_worker' : 'social_worker',
      activity,
      source,
      familyReference:
        source === 'family_session' ? `F-${la}-${String(i % 997).padStart(4, '0')}` : null,
      minutes: 5 + (i % 115),
    };
  }
}

const programme: ProgrammeRecord = {
  name: 'Benchmark programme',
  funder: 'WWCSC',
  provider: 'Babies1st',
  startDate: '2021-01-01',
  intakeStart: '2021-01-01',
  intakeEnd: '2022-06-30',
  deliveryEnd: '2022-12-31',
  priceYear: 2021,
  discountRate: '0.035',
  minFamiliesPerPractitioner: 6,
  minSessionsPerFamily: 8,
  cyclesPerFamily: 3,
  ruleSet: 'aviguk_18_cycle',
};

const unitCost = (
  costRole: UnitCostRecord['costRole'],
  pence: number,
  year: number,
  from: string | null,
  to: string | null,
): UnitCostRecord => ({
  costRole,
  hourlyCostPence: pence,
  priceYear: year,
  basis: 'working_hour',
  source: 'PSSRU',
  effectiveFrom: from,
  effectiveTo: to,
});

const unitCosts: UnitCostRecord[] = [
  unitCost('social_worker', 4567, 2020, null, '2021-12-31'),
  unitCost('social_worker', 4789, 2021, '2022-01-01', null),
  unitCost('family_support_worker', 3133, 2021, null, null),
];
const priceIndex: PriceIndexRecord[] = [
  { year: 2020, index: '100.0' },
  { year: 2021, index: '103.7' },
];

/** The workbook input for `count` synthetic lines; the summary comes from a first pass, as the API's does. */
export function syntheticInput(count: number): WorkbookInput {
  const localAuthorities = Array.from({ length: LAS }, (_, i) => {
    const code = `LA${String(i + 1).padStart(2, '0')}`;
    return { code, name: code };
  });
  const acc = new CostAccumulator({
    programme,
    unitCosts,
    priceIndex,
    localAuthorityCodes: localAuthorities.map((l) => l.code),
  });
  for (const line of syntheticLedger(count)) acc.addLine(line);
  const counts = { allocated: 0, started: 0, completed: 0, trained: 0, accredited: 0 };
  acc.setCounts(counts);
  return {
    programme,
    generatedAt: new Date(),
    generatedBy: 'benchmark',
    localAuthorities,
    staff: [],
    practitioners: [],
    families: [],
    unitCosts,
    priceIndex,
    resources: [],
    ledger: { [Symbol.iterator]: () => syntheticLedger(count) },
    ledgerLineCount: count,
    summary: acc.summary(),
    counts,
  };
}
