import { ukDate } from '../../core/format/uk-date';
import { duration } from '../../core/format/words';
import { SUPERVISION_GAP_FLAG_DAYS, type Requirement } from '@attune/domain';
import type { TraineeProgress } from './supervision.models';

/** "6 of 9", with minutes shown as hours and minutes so a bar reads as people say it. */
export function requirementText(r: Requirement): string {
  if (r.key === 'closing_milestone' || r.key === 'initial_course') {
    return r.achieved >= r.required ? 'Done' : 'Not yet';
  }
  const say = r.key === 'supervision_minutes' ? hours : String;
  // More than needed is no fraction ("12 h of 7 h 30 min"): say it is met.
  if (r.achieved > r.required) return `${say(r.achieved)}, more than the ${say(r.required)} needed`;
  return `${say(r.achieved)} of ${say(r.required)}`;
}

/** Percent filled (0 to 100), capped: a surplus shows a full bar. */
export function requirementPercent(r: Requirement): number {
  if (r.required <= 0) return 100;
  return Math.min(100, Math.floor((r.achieved * 100) / r.required));
}

/** Whole minutes as `7 h 30 min`: the portal's one duration format. */
export const hours = duration;

/**
 * The gap since supervision, in words (`text`, a sentence for a card; `when`,
 * the same without "Last supervised", for a column of that name), and whether
 * it is over four weeks.
 */
export function supervisionGap(
  row: Pick<TraineeProgress, 'daysSinceSupervision' | 'lastSupervisionDate' | 'status'>,
): {
  text: string;
  when: string;
  flagged: boolean;
} {
  if (row.daysSinceSupervision === null || row.lastSupervisionDate === null) {
    return { text: 'No supervision recorded', when: 'Never', flagged: row.status === 'active' };
  }
  const days = row.daysSinceSupervision;
  const ago = days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`;
  const flagged = row.status === 'active' && days > SUPERVISION_GAP_FLAG_DAYS;
  const when = `${ukDate(row.lastSupervisionDate)} (${ago})`;
  return { text: `Last supervised ${when}`, when, flagged };
}

/** The projection in words; withdrawn and paused trainees are not "late". */
export function trackText(
  row: Pick<TraineeProgress, 'status' | 'onTrack' | 'projectedAccreditationDate'>,
): string {
  if (row.status === 'withdrawn') return 'Withdrawn';
  if (row.status === 'paused') return 'Paused';
  if (row.projectedAccreditationDate === null) return 'Off track: no cycles completed recently';
  return row.onTrack
    ? `On track: accreditation projected ${ukDate(row.projectedAccreditationDate)}`
    : `Off track: accreditation projected ${ukDate(row.projectedAccreditationDate)}, after the end of delivery`;
}
