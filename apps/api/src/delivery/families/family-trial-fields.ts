import {
  baselineProblem,
  followUpProblem,
  outcomeProblem,
  type FollowUpStatus,
  type SupportKind,
} from '@attune/domain';
import { invalid } from '../../platform/http/errors';
import type { UpdateFamilyDto } from './dto/family.dto';
import type { NewFamily } from './families.repository';
import type { FamilyRow } from './family-view';

/** The fields trialFieldChanges checks and sets: a PATCH stores every other field as given. */
export const TRIAL_FIELDS: ReadonlySet<string> = new Set([
  'outcome6m',
  'baselineCompletedOn',
  'followUp4mStatus',
  'followUp4mOn',
  'supportNeeded',
  'supportKind',
]);

/**
 * The columns a PATCH of the family's evaluation fields writes, checked by the
 * domain's rules: the baseline between referral and randomisation, the
 * follow-up only once randomised (dated today unless given), the outcome's
 * date of recording, the kind of support only when support is needed.
 */
export function trialFieldChanges(
  row: FamilyRow,
  dto: UpdateFamilyDto,
  today: string,
  checkDate: (field: string, date: string) => void,
): Partial<NewFamily> {
  const changes: Partial<NewFamily> = {};
  if (dto.baselineCompletedOn !== undefined) {
    if (dto.baselineCompletedOn === null) {
      if (row.randomisationDate !== null && row.baselineCompletedOn !== null)
        throw invalid({
          field: 'baselineCompletedOn',
          problem: `cannot be cleared: ${row.reference} was randomised on ${row.randomisationDate}`,
        });
    } else {
      checkDate('baselineCompletedOn', dto.baselineCompletedOn);
      const problem = baselineProblem(row, dto.baselineCompletedOn);
      if (problem) throw invalid({ field: 'baselineCompletedOn', problem });
    }
    changes.baselineCompletedOn = dto.baselineCompletedOn;
  }
  if (dto.followUp4mStatus !== undefined || dto.followUp4mOn !== undefined) {
    const status = dto.followUp4mStatus === undefined ? row.followUp4mStatus : dto.followUp4mStatus;
    if (status === null) {
      if (dto.followUp4mOn !== undefined && dto.followUp4mOn !== null)
        throw invalid({
          field: 'followUp4mOn',
          problem: 'needs followUp4mStatus (completed or missed)',
        });
      changes.followUp4mStatus = null;
      changes.followUp4mOn = null;
    } else {
      const on =
        dto.followUp4mOn ??
        (dto.followUp4mStatus !== undefined ? today : row.followUp4mOn) ??
        today;
      checkDate('followUp4mOn', on);
      const problem = followUpProblem(row, on);
      if (problem)
        throw invalid({ field: dto.followUp4mOn ? 'followUp4mOn' : 'followUp4mStatus', problem });
      changes.followUp4mStatus = status as FollowUpStatus;
      changes.followUp4mOn = on;
    }
  }
  if (dto.outcome6m !== undefined) {
    if (dto.outcome6m !== null) {
      const problem = outcomeProblem(row, today);
      if (problem) throw invalid({ field: 'outcome6m', problem });
    }
    changes.outcome6m = dto.outcome6m as NewFamily['outcome6m'];
    changes.outcome6mRecordedOn = dto.outcome6m === null ? null : today;
  }
  if (dto.supportNeeded !== undefined || dto.supportKind !== undefined) {
    const needed = dto.supportNeeded === undefined ? row.supportNeeded : dto.supportNeeded;
    const kind =
      dto.supportKind === undefined ? (needed ? row.supportKind : null) : dto.supportKind;
    if (kind !== null && needed !== true)
      throw invalid({ field: 'supportKind', problem: 'is given only when supportNeeded is true' });
    changes.supportNeeded = needed;
    changes.supportKind = kind as SupportKind | null;
  }
  return changes;
}
