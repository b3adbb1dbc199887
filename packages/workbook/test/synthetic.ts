import { CostAccumulator, type LedgerLine } from '@attune/domain';
import type { WorkbookInput } from '../src/types.js';
import { smallProgramme } from './fixture.js';

const ACTIVITIES = [
  'direct_delivery',
  'travel',
  'preparation',
  'supervision_received',
  'case_recording',
] as const;

/** `count` ledger lines spread over 4 LAs, 40 practitioners and 2021–2022, made on the fly. */
export function* syntheticLedger(count: number): Generator<LedgerLine> {
  for (let i = 0; i < count; i++) {
    const la = `LA${(i % 4) + 1}`;
    const day = 1 + (i % 28);
    const month = 1 + ((i >> 5) % 12);
    yield {
      date: `${2021 + ((i >> 9) % 2)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      laCode: i % 50 === 0 ? null : la,
      staffCode: `P-${la}-${String((i % 10) + 1).padStart(2, '0')}`,
      costRole: i % 3 === 0 ? 'family_support_worker' : 'social_worker',
      activity: ACTIVITIES[i % ACTIVITIES.length]!,
      source: 'family_session',
      familyReference: `F-${la}-${String(i % 997).padStart(4, '0')}`,
      minutes: 5 + (i % 115),
    };
  }
}

/**
 * The small programme's records with a synthetic ledger of `count` lines; the
 * summary is worked out by a first pass over the same lines, as the API does.
 */
export function syntheticInput(count: number): WorkbookInput {
  const data = smallProgramme();
  const acc = new CostAccumulator({
    programme: data.programme,
    unitCosts: data.unitCosts,
    priceIndex: data.priceIndex,
    localAuthorityCodes: ['LA1', 'LA2', 'LA3', 'LA4'],
  });
  for (const line of syntheticLedger(count)) acc.addLine(line);
  for (const r of data.resources) acc.addResource(r);
  const counts = { allocated: 0, started: 0, completed: 0, trained: 0, accredited: 0 };
  acc.setCounts(counts);
  return {
    programme: data.programme,
    generatedAt: new Date('2024-05-01T10:30:00Z'),
    generatedBy: 'benchmark',
    localAuthorities: ['LA1', 'LA2', 'LA3', 'LA4'].map((code) => ({ code, name: code })),
    staff: [],
    practitioners: [],
    families: [],
    unitCosts: data.unitCosts,
    priceIndex: data.priceIndex,
    resources: data.resources,
    ledger: { [Symbol.iterator]: () => syntheticLedger(count) },
    ledgerLineCount: count,
    summary: acc.summary(),
    counts,
  };
}
