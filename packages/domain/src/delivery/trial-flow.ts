import type { FamilyStatus, FollowUpStatus, TrialArm } from '../model/enums.js';
import type { IsoDate } from '../model/records.js';
import { outcomeDueDate } from './outcome.js';

/** One family as the trial's flow counts it, with its status history. */
export interface FlowFamily {
  laCode: string;
  referralDate: IsoDate;
  trialArm: TrialArm;
  randomisationDate: IsoDate | null;
  followUp4mStatus: FollowUpStatus | null;
  followUp4mOn: IsoDate | null;
  outcome6m: string | null;
  outcome6mRecordedOn: IsoDate | null;
  supportNeeded: boolean | null;
  /** The current status, which stands for the history when none was recorded. */
  status: FamilyStatus;
  statusDate: IsoDate | null;
  statusReason: string | null;
  /** In the order recorded. */
  history: ReadonlyArray<{
    status: FamilyStatus;
    statusDate: IsoDate | null;
    statusReason: string | null;
  }>;
}

/** A referral refused as ineligible: counted by reason, nothing else kept. */
export interface FlowRefusal {
  laCode: string;
  reason: string;
  refusedOn: IsoDate;
}

/** A share: how many of how many, and the fraction to four places (null when of is 0). */
export interface Share {
  count: number;
  of: number;
  rate: string | null;
}

export interface TrialFlowCounts {
  referred: number;
  ineligible: Record<string, number>;
  notProceeded: Record<string, number>;
  withdrawn: Record<string, number>;
  randomised: { intervention: number; control: number };
  notRandomised: number;
  allocated: number;
  started: number;
  completed: number;
  followUp4mCompleted: number;
  outcome6mRecorded: number;
  /** Randomised families that withdrew or did not proceed. */
  dropOut: Share;
  /** Families referred who need translation or additional support to take part. */
  needingSupport: Share;
}

export interface TrialFlow {
  asOf: IsoDate;
  overall: TrialFlowCounts;
  byLocalAuthority: Array<{ code: string } & TrialFlowCounts>;
}

const PATH: readonly FamilyStatus[] = [
  'referred',
  'randomised',
  'allocated',
  'active',
  'completed',
];

/** The history entries dated on or before the day (an undated entry counts from the start). */
function upTo(family: FlowFamily, asOf: IsoDate) {
  const history = family.history.length > 0 ? family.history : [family];
  return history.filter((h) => (h.statusDate ?? family.referralDate) <= asOf);
}

/** Whether the family had reached `status` (or a later one along the main path) by the day. */
function reached(entries: ReturnType<typeof upTo>, status: FamilyStatus): boolean {
  const at = PATH.indexOf(status);
  return entries.some((h) => PATH.indexOf(h.status) >= at);
}

/** Exact to four places, half-up, from integers (never a binary float). */
export function share(count: number, of: number): Share {
  if (of === 0) return { count, of, rate: null };
  const scaled = Math.floor((count * 20000 + of) / (2 * of)); // round(count / of × 10^4), half up
  const whole = Math.floor(scaled / 10000);
  return { count, of, rate: `${whole}.${String(scaled % 10000).padStart(4, '0')}` };
}

function empty(): TrialFlowCounts {
  return {
    referred: 0,
    ineligible: {},
    notProceeded: {},
    withdrawn: {},
    randomised: { intervention: 0, control: 0 },
    notRandomised: 0,
    allocated: 0,
    started: 0,
    completed: 0,
    followUp4mCompleted: 0,
    outcome6mRecorded: 0,
    dropOut: share(0, 0),
    needingSupport: share(0, 0),
  };
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function add(
  counts: TrialFlowCounts,
  family: FlowFamily,
  asOf: IsoDate,
  tally: { dropped: number; support: number },
): void {
  counts.referred++;
  if (family.supportNeeded === true) tally.support++;
  const entries = upTo(family, asOf);
  const current = entries[entries.length - 1];
  const randomised =
    family.trialArm !== 'not_randomised' &&
    family.randomisationDate !== null &&
    family.randomisationDate <= asOf;
  if (current?.status === 'not_proceeded')
    bump(counts.notProceeded, current.statusReason ?? 'other');
  if (current?.status === 'withdrawn') bump(counts.withdrawn, current.statusReason ?? 'other');
  if (randomised && (current?.status === 'not_proceeded' || current?.status === 'withdrawn'))
    tally.dropped++;
  if (randomised) {
    counts.randomised[family.trialArm as 'intervention' | 'control']++;
    if (family.trialArm === 'intervention') {
      if (reached(entries, 'allocated')) counts.allocated++;
      if (reached(entries, 'active')) counts.started++;
      if (reached(entries, 'completed')) counts.completed++;
    }
    if (family.followUp4mStatus === 'completed' && (family.followUp4mOn ?? asOf) <= asOf)
      counts.followUp4mCompleted++;
    const recordedOn = family.outcome6mRecordedOn ?? outcomeDueDate(family.randomisationDate!);
    if (family.outcome6m !== null && recordedOn <= asOf) counts.outcome6mRecorded++;
  } else if (family.trialArm === 'not_randomised' && reached(entries, 'allocated')) {
    // Allocated outside the trial: counted once, here, and in none of the trial's arms.
    counts.notRandomised++;
  }
}

/**
 * CONSORT-style counts of the trial as they stood on `asOf`: families
 * referred by then, their status that day from the status history, the
 * randomisations dated by then, and the refused referrals by reason.
 * Allocated, started and completed count intervention families only.
 */
export function trialFlow(
  families: readonly FlowFamily[],
  refusals: readonly FlowRefusal[],
  laCodes: readonly string[],
  asOf: IsoDate,
): TrialFlow {
  const overall = empty();
  const rows = new Map(laCodes.map((code) => [code, empty()]));
  const tallies = new Map(laCodes.map((code) => [code, { dropped: 0, support: 0 }]));
  const total = { dropped: 0, support: 0 };
  for (const family of families) {
    if (family.referralDate > asOf) continue;
    const row = rows.get(family.laCode);
    add(overall, family, asOf, total);
    if (row) add(row, family, asOf, tallies.get(family.laCode)!);
  }
  for (const refusal of refusals) {
    if (refusal.refusedOn > asOf) continue;
    bump(overall.ineligible, refusal.reason);
    const row = rows.get(refusal.laCode);
    if (row) bump(row.ineligible, refusal.reason);
  }
  const finish = (counts: TrialFlowCounts, tally: { dropped: number; support: number }) => {
    counts.dropOut = share(
      tally.dropped,
      counts.randomised.intervention + counts.randomised.control,
    );
    counts.needingSupport = share(tally.support, counts.referred);
  };
  finish(overall, total);
  for (const [code, counts] of rows) finish(counts, tallies.get(code)!);
  return {
    asOf,
    overall,
    byLocalAuthority: [...rows].map(([code, counts]) => ({ code, ...counts })),
  };
}
