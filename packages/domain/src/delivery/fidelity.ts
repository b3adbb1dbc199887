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
  checks: FidelityCheck[];
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
    checks,
  };
}
