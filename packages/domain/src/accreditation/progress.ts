import type { PractitionerStatus } from '../model/enums.js';
import type {
  IsoDate,
  PractitionerRecord,
  ProgrammeRecord,
  StaffRecord,
} from '../model/records.js';
import { addDays, daysBetween } from '../delivery/dates.js';
import { countWork, workOf, type WorkRecords } from './counts.js';
import { presetRuleSet, ruleSetTotals, type RuleSet } from './rule-sets.js';
import { stageStanding, type Requirement } from './stages.js';

/**
 * The projection's pace is the cycles completed in this many weeks ending on
 * `asOf`: long enough to smooth the gaps between cycles (a cycle takes about
 * two weekly sessions), short enough to follow a change of caseload.
 */
export const DEFAULT_PACE_WINDOW_WEEKS = 12;

export interface AccreditationInput extends WorkRecords {
  programme: Pick<ProgrammeRecord, 'deliveryEnd' | 'ruleSet'>;
  staff: ReadonlyArray<Pick<StaffRecord, 'code' | 'laCode'>>;
  practitioners: readonly PractitionerRecord[];
  /** The rule set in force; defaults to the preset named by `programme.ruleSet`. */
  ruleSet?: RuleSet;
  /** "Today": records dated after it are ignored. The domain never reads the clock. */
  asOf: IsoDate;
  paceWindowWeeks?: number;
}

/**
 * One row of `GET /api/programmes/:id/accreditation` (DESIGN.md's fields,
 * then `status`, `requirements`, `lastSupervisionDate`, `daysSinceSupervision`).
 */
export interface AccreditationRow {
  code: string;
  laCode: string | null;
  /** 1-based stage in progress; the last stage once accredited. */
  stage: number;
  cyclesCompleted: number;
  familiesWorkedWith: number;
  /** All supervision attended (group sessions per the rule set's credit). */
  supervisionMinutes: number;
  supervisionSessions: number;
  /** Everything the current stage needs but its closing meeting is done; true once accredited. */
  requirementsMet: boolean;
  /** The first unmet requirement, e.g. `Stage 2: 3 more completed cycles`; null once accredited. */
  nextRequirement: string | null;
  /** The accreditation date once accredited; null when paused, withdrawn or without recent pace. */
  projectedAccreditationDate: IsoDate | null;
  /** Projection on or before the delivery end; null (not late) when paused or withdrawn. */
  onTrack: boolean | null;
  status: PractitionerStatus;
  /** The current stage's requirements, for progress bars. */
  requirements: Requirement[];
  lastSupervisionDate: IsoDate | null;
  daysSinceSupervision: number | null;
}

/**
 * Accreditation progress of every practitioner, computed from the logged
 * records (see `countWork` and `stageStanding` for the counting rules).
 * Projection: remaining cycles (to full accreditation) at the pace of the
 * last `paceWindowWeeks` weeks, rounded up to a whole day; with no cycle
 * completed in that window there is no pace, no projection and the trainee is
 * not on track.
 */
export function accreditationProgress(input: AccreditationInput): AccreditationRow[] {
  const ruleSet = input.ruleSet ?? presetRuleSet(input.programme.ruleSet);
  const windowDays = (input.paceWindowWeeks ?? DEFAULT_PACE_WINDOW_WEEKS) * 7;
  if (!Number.isInteger(windowDays) || windowDays <= 0) {
    throw new Error(
      `paceWindowWeeks must be a whole number of weeks above 0 (got ${input.paceWindowWeeks})`,
    );
  }
  const work = countWork(input, input.asOf, ruleSet.groupSupervisionCredit);
  const laOf = new Map(input.staff.map((s) => [s.code, s.laCode]));
  const totalCycles = ruleSetTotals(ruleSet).cycles;
  const windowStart = addDays(input.asOf, -windowDays); // exclusive

  return input.practitioners.map((p): AccreditationRow => {
    const w = workOf(work, p.staffCode);
    const standing = stageStanding(ruleSet, w, p.supervisorCode);
    const last = w.supervision.at(-1)?.date ?? null;
    let projected: IsoDate | null = null;
    let onTrack: boolean | null = null;
    if (p.status === 'active') {
      if (standing.accredited) {
        projected = standing.accreditedOn;
        onTrack = true;
      } else {
        const remaining = Math.max(0, totalCycles - w.cycleCompletions.length);
        const recent = w.cycleCompletions.filter((d) => d > windowStart).length;
        if (remaining === 0) projected = input.asOf;
        else if (recent > 0)
          projected = addDays(input.asOf, Math.ceil((remaining * windowDays) / recent));
        onTrack = projected !== null && projected <= input.programme.deliveryEnd;
      }
    }
    return {
      code: p.staffCode,
      laCode: laOf.get(p.staffCode) ?? null,
      stage: standing.stage,
      cyclesCompleted: w.cycleCompletions.length,
      familiesWorkedWith: w.familiesWorkedWith,
      supervisionMinutes: w.supervision.reduce((total, s) => total + s.minutes, 0),
      supervisionSessions: w.supervision.length,
      requirementsMet: standing.countsMet,
      nextRequirement: standing.nextRequirement,
      projectedAccreditationDate: projected,
      onTrack,
      status: p.status,
      requirements: standing.requirements,
      lastSupervisionDate: last,
      daysSinceSupervision: last === null ? null : daysBetween(last, input.asOf),
    };
  });
}

const STATUS_RANK: Record<PractitionerStatus, number> = { active: 0, paused: 1, withdrawn: 2 };

/**
 * Trainees by risk, most at risk first: active trainees off track, then on
 * track, then paused, then withdrawn; within each, the furthest behind (lower
 * stage, then fewer cycles), then the longest since supervision (never
 * supervised first), then by code so the order is stable.
 */
export function riskOrder<T extends AccreditationRow>(rows: readonly T[]): T[] {
  const group = (r: AccreditationRow) =>
    r.status === 'active' ? (r.onTrack === false ? 0 : 1) : 1 + STATUS_RANK[r.status];
  const sinceSupervision = (r: AccreditationRow) =>
    r.daysSinceSupervision ?? Number.POSITIVE_INFINITY;
  return [...rows].sort(
    (a, b) =>
      group(a) - group(b) ||
      a.stage - b.stage ||
      a.cyclesCompleted - b.cyclesCompleted ||
      (sinceSupervision(b) === sinceSupervision(a)
        ? 0
        : sinceSupervision(b) > sinceSupervision(a)
          ? 1
          : -1) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
