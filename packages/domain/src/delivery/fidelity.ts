import type { FamilyRecord, FamilySessionRecord, ProgrammeRecord } from '../model/records.js';
import { daysBetween } from './dates.js';

/**
 * Weekly rhythm: no gap of more than 14 days between consecutive held
 * sessions (one missed week is tolerated, as for "overdue").
 */
export const MAX_WEEKLY_GAP_DAYS = 14;

export const FIDELITY_CHECKS = [
  'sessions',
  'cycles',
  'initial_meeting',
  'final_evaluation',
  'weekly_rhythm',
] as const;
export type FidelityCheckKey = (typeof FIDELITY_CHECKS)[number];

export interface FidelityCheck {
  key: FidelityCheckKey;
  label: string;
  passed: boolean;
  /** What was found, e.g. `6 of 8 sessions held`. */
  detail: string;
}

export interface Fidelity {
  sessionsHeld: number;
  minSessions: number;
  cyclesCompleted: number;
  cyclesRequired: number;
  /** At least two held sessions and no gap between them over MAX_WEEKLY_GAP_DAYS. */
  weeklyRhythm: boolean;
  /** The longest gap in days between consecutive held sessions; null with fewer than two. */
  longestGapDays: number | null;
  /** Held sessions in the model's order (modelOrder): some held, none out of order. */
  inModelOrder: boolean;
  checks: FidelityCheck[];
}

/**
 * The place of a session type in the model's course: the initial meeting, then each cycle's filming
 * before its shared review, cycle by cycle, then the final evaluation. Other sessions (and cycle
 * sessions without a cycle in 1..cycles) have no place and are not checked.
 */
function modelRank(s: FidelitySession, cycles: number): number | null {
  if (s.type === 'initial_meeting') return 0;
  if (s.type === 'final_evaluation') return 2 * cycles + 1;
  if (s.cycle === null || s.cycle < 1 || s.cycle > cycles) return null;
  if (s.type === 'filming') return 2 * s.cycle - 1;
  if (s.type === 'shared_review') return 2 * s.cycle;
  return null;
}

/**
 * Whether held sessions (sorted by date) follow the model's order: no session comes before one
 * that the model puts earlier. Two on one day may be in either order. None held is not in order.
 */
export function inModelOrder(held: readonly FidelitySession[], cycles: number): boolean {
  if (held.length === 0) return false;
  const byDate = new Map<string, number[]>();
  for (const s of held) {
    const rank = modelRank(s, cycles);
    if (rank !== null) byDate.set(s.date, [...(byDate.get(s.date) ?? []), rank]);
  }
  let before = -1; // the latest place reached on earlier dates
  for (const date of [...byDate.keys()].sort()) {
    const ranks = byDate.get(date)!;
    if (Math.min(...ranks) < before) return false;
    before = Math.max(before, ...ranks);
  }
  return true;
}

export type FidelitySession = Pick<
  FamilySessionRecord,
  'familyReference' | 'date' | 'type' | 'cycle' | 'outcome'
>;

/**
 * How far one family's delivery follows the model (DESIGN.md: at least eight
 * weekly sessions: an initial meeting, three cycles of filming and shared
 * review, a final evaluation). Only held sessions count; a cycle is complete
 * when its shared review is held, once per cycle number 1..cyclesPerFamily.
 */
export function fidelity(
  family: Pick<FamilyRecord, 'reference'>,
  sessions: Iterable<FidelitySession>,
  programme: Pick<ProgrammeRecord, 'minSessionsPerFamily' | 'cyclesPerFamily'>,
): Fidelity {
  const held = [...sessions]
    .filter((s) => s.familyReference === family.reference && s.outcome === 'held')
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const cycles = new Set(
    held
      .filter(
        (s) =>
          s.type === 'shared_review' &&
          s.cycle !== null &&
          s.cycle >= 1 &&
          s.cycle <= programme.cyclesPerFamily,
      )
      .map((s) => s.cycle),
  );
  let longestGapDays: number | null = null;
  for (let i = 1; i < held.length; i++) {
    const gap = daysBetween(held[i - 1]!.date, held[i]!.date);
    longestGapDays = Math.max(longestGapDays ?? 0, gap);
  }
  const weeklyRhythm = longestGapDays !== null && longestGapDays <= MAX_WEEKLY_GAP_DAYS;
  const ordered = inModelOrder(held, programme.cyclesPerFamily);
  const has = (type: FidelitySession['type']) => held.some((s) => s.type === type);
  const checks: FidelityCheck[] = [
    {
      key: 'sessions',
      label: `At least ${programme.minSessionsPerFamily} sessions held`,
      passed: held.length >= programme.minSessionsPerFamily,
      detail: `${held.length} of ${programme.minSessionsPerFamily} sessions held`,
    },
    {
      key: 'cycles',
      label: `${programme.cyclesPerFamily} cycles completed (shared review held)`,
      passed: cycles.size >= programme.cyclesPerFamily,
      detail: `${cycles.size} of ${programme.cyclesPerFamily} cycles completed`,
    },
    {
      key: 'initial_meeting',
      label: 'Initial meeting held',
      passed: has('initial_meeting'),
      detail: has('initial_meeting') ? 'held' : 'not held',
    },
    {
      key: 'final_evaluation',
      label: 'Final evaluation and feedback session held',
      passed: has('final_evaluation'),
      detail: has('final_evaluation') ? 'held' : 'not held',
    },
    {
      key: 'weekly_rhythm',
      label: `Weekly rhythm (no gap over ${MAX_WEEKLY_GAP_DAYS} days between sessions)`,
      passed: weeklyRhythm,
      detail:
        longestGapDays === null
          ? 'fewer than two sessions held'
          : `longest gap ${longestGapDays} days`,
    },
  ];
  return {
    sessionsHeld: held.length,
    minSessions: programme.minSessionsPerFamily,
    cyclesCompleted: cycles.size,
    cyclesRequired: programme.cyclesPerFamily,
    weeklyRhythm,
    longestGapDays,
    inModelOrder: ordered,
    checks,
  };
}

/** Fidelity counts of a group of families (a practitioner's, an LA's, the programme's). */
export interface FidelityTotals {
  /** Allocated intervention families in the group. */
  families: number;
  /** With at least the programme's minimum of held sessions. */
  minimumSessions: number;
  /** With every cycle completed (its shared review held). */
  allCycles: number;
  /** With their held sessions in the model's order. */
  modelOrder: number;
}

export interface FidelitySummary {
  programme: FidelityTotals;
  byLocalAuthority: Array<{ code: string } & FidelityTotals>;
  byPractitioner: Array<{ code: string; laCode: string } & FidelityTotals>;
}

const noTotals = (): FidelityTotals => ({
  families: 0,
  minimumSessions: 0,
  allCycles: 0,
  modelOrder: 0,
});

/**
 * The fidelity rule totalled per practitioner, LA and programme over allocated intervention
 * families (a practitioner's caseload; the LA is the family's, the practitioner the allocated one).
 * Each family counts once, by its own fidelity() answer. Rows sorted by code.
 */
export function fidelityTotals(
  families: ReadonlyArray<
    Pick<FamilyRecord, 'reference' | 'laCode' | 'trialArm' | 'practitionerCode'>
  >,
  sessions: Iterable<FidelitySession>,
  programme: Pick<ProgrammeRecord, 'minSessionsPerFamily' | 'cyclesPerFamily'>,
): FidelitySummary {
  const byFamily = new Map<string, FidelitySession[]>();
  for (const s of sessions) {
    const list = byFamily.get(s.familyReference);
    if (list) list.push(s);
    else byFamily.set(s.familyReference, [s]);
  }
  const total = noTotals();
  const las = new Map<string, FidelityTotals>();
  const practitioners = new Map<string, FidelityTotals & { laCode: string }>();
  for (const f of families) {
    if (f.trialArm !== 'intervention' || f.practitionerCode === null) continue;
    const result = fidelity(f, byFamily.get(f.reference) ?? [], programme);
    const passed = (key: FidelityCheckKey) => result.checks.find((c) => c.key === key)!.passed;
    const la = las.get(f.laCode) ?? noTotals();
    las.set(f.laCode, la);
    const who = practitioners.get(f.practitionerCode) ?? { ...noTotals(), laCode: f.laCode };
    practitioners.set(f.practitionerCode, who);
    for (const t of [total, la, who]) {
      t.families++;
      if (passed('sessions')) t.minimumSessions++;
      if (passed('cycles')) t.allCycles++;
      if (result.inModelOrder) t.modelOrder++;
    }
  }
  const sorted = <T>(m: Map<string, T>) =>
    [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([code, t]) => ({ code, ...t }));
  return { programme: total, byLocalAuthority: sorted(las), byPractitioner: sorted(practitioners) };
}
