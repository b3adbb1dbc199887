import { NOT_PROCEEDED_REASONS, type NotProceededReason } from '../model/enums.js';
import type { FamilyRecord, FamilySessionRecord } from '../model/records.js';

/** Why a family's referral never started: it did not proceed (with its reason), or it never had a held session. */
export type NotStartedReason = NotProceededReason | 'never_started';
export const NOT_STARTED_REASONS: readonly NotStartedReason[] = [
  ...NOT_PROCEEDED_REASONS,
  'never_started',
];

/** A not-started family's group in the cost summary: the family's LA and the reason. */
export interface NotStartedGroup {
  laCode: string | null;
  reason: NotStartedReason;
}

/**
 * The families whose staff time the cost summary reports as `notStarted`: intervention families
 * allocated to a practitioner that never had a `held` session (`never_started`), and every referral
 * with status `not_proceeded` (by its reason, `other` when none was given), whether allocated or not.
 * A not-proceeded family is counted under its reason even if it had a held session.
 */
export function notStartedFamilies(data: {
  families: ReadonlyArray<
    Pick<
      FamilyRecord,
      'reference' | 'laCode' | 'trialArm' | 'practitionerCode' | 'status' | 'statusReason'
    >
  >;
  familySessions: ReadonlyArray<Pick<FamilySessionRecord, 'familyReference' | 'outcome'>>;
}): Map<string, NotStartedGroup> {
  const held = new Set(
    data.familySessions.filter((s) => s.outcome === 'held').map((s) => s.familyReference),
  );
  const out = new Map<string, NotStartedGroup>();
  for (const f of data.families) {
    if (f.status === 'not_proceeded') {
      const given = f.statusReason as NotProceededReason | null;
      const reason = given && NOT_PROCEEDED_REASONS.includes(given) ? given : 'other';
      out.set(f.reference, { laCode: f.laCode, reason });
    } else if (
      f.trialArm === 'intervention' &&
      f.practitionerCode !== null &&
      !held.has(f.reference)
    ) {
      out.set(f.reference, { laCode: f.laCode, reason: 'never_started' });
    }
  }
  return out;
}
