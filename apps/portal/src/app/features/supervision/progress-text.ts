import { SUPERVISION_GAP_FLAG_DAYS, type Requirement } from '@attune/domain';
import type { TraineeProgress } from './supervision.models';

/** "6 of 9", with minutes shown as hours and minutes so a bar reads as people say it. */
export function requirementText(r: Requirement): string {
  if (r.key === 'supervision_minutes') return `${hours(r.achieved)} of ${hours(r.required)}`;
  if (r.key === 'closing_milestone' || r.key === 'initial_course') {
    return r.achieved >= r.required ? 'Done' : 'Not yet';
  }
  return `${r.achieved} of ${r.required}`;
}

/** Percent filled (0 to 100), capped: a surplus shows a full bar. */
export function requirementPercent(r: Requirement): number {
  if (r.required <= 0) return 100;
  return Math.min(100, Math.floor((r.achieved * 100) / r.required));
}

export function hours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** The gap since supervision, in words, and whether it is over four weeks. */
export function supervisionGap(
  row: Pick<TraineeProgress, 'daysSinceSupervision' | 'lastSupervisionDate' | 'status'>,
): {
  text: string;
  flagged: boolean;
} {
  if (row.daysSinceSupervision === null || row.lastSupervisionDate === null) {
    return { text: 'No supervision recorded', flagged: row.status === 'active' };
  }
  const days = row.daysSinceSupervision;
  const ago = days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`;
  const flagged = row.status === 'active' && days > SUPERVISION_GAP_FLAG_DAYS;
  return { text: `Last supervised ${row.lastSupervisionDate} (${ago})`, flagged };
}

/** The projection in words; withdrawn and paused trainees are not "late". */
export function trackText(
  row: Pick<TraineeProgress, 'status' | 'onTrack' | 'projectedAccreditationDate'>,
): string {
  if (row.status === 'withdrawn') return 'Withdrawn';
  if (row.status === 'paused') return 'Paused';
  if (row.projectedAccreditationDate === null) return 'Off track: no cycles completed recently';
  return row.onTrack
    ? `On track: accreditation projected ${row.projectedAccreditationDate}`
    : `Off track: accreditation projected ${row.projectedAccreditationDate}, after the end of delivery`;
}
