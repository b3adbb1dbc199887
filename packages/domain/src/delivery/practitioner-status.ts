import {
  PRACTITIONER_STATUS_REASONS,
  type PractitionerStatus,
  type PractitionerStatusReason,
} from '../model/enums.js';
import type { IsoDate, PractitionerRecord } from '../model/records.js';

/**
 * Which status a practitioner may move to: an active one pauses or withdraws,
 * a paused one comes back or withdraws, a withdrawn one may come back (a
 * return after leaving). Staying where one is is not a change.
 */
export const PRACTITIONER_TRANSITIONS: Readonly<
  Record<PractitionerStatus, readonly PractitionerStatus[]>
> = {
  active: ['paused', 'withdrawn'],
  paused: ['active', 'withdrawn'],
  withdrawn: ['active'],
};

export interface PractitionerStatusChange {
  status: PractitionerStatus;
  /** The day it took effect. */
  date: IsoDate | null | undefined;
  reason: PractitionerStatusReason | null | undefined;
}

export type PractitionerStatusCheck =
  | { ok: true }
  /** The move itself is not allowed from the current status (a conflict, 409). */
  | { ok: false; kind: 'transition'; problem: string }
  /** The move is allowed but its date or reason is wrong (400, at these fields). */
  | { ok: false; kind: 'fields'; problems: Array<{ field: string; problem: string }> };

/**
 * May the practitioner change status like this? A change names the day it took
 * effect (on or after their start date and their last change, not after today)
 * and, for `paused` and `withdrawn`, one of PRACTITIONER_STATUS_REASONS; going
 * back to `active` takes no reason.
 */
export function checkPractitionerStatusChange(
  current: Pick<PractitionerRecord, 'status' | 'statusDate' | 'startDate'>,
  change: PractitionerStatusChange,
  today: IsoDate,
): PractitionerStatusCheck {
  const allowed = PRACTITIONER_TRANSITIONS[current.status];
  if (!allowed.includes(change.status)) {
    return {
      ok: false,
      kind: 'transition',
      problem:
        change.status === current.status
          ? `the practitioner is already ${current.status}`
          : `a ${current.status} practitioner can become ${allowed.join(' or ')}, not ${change.status}`,
    };
  }
  const problems: Array<{ field: string; problem: string }> = [];
  const { date, reason } = change;
  if (!date) problems.push({ field: 'statusDate', problem: 'is required with a status change' });
  else if (date < current.startDate)
    problems.push({
      field: 'statusDate',
      problem: `${date} is before the practitioner's start date ${current.startDate}`,
    });
  else if (current.statusDate !== null && date < current.statusDate)
    problems.push({
      field: 'statusDate',
      problem: `${date} is before the last status change, on ${current.statusDate}`,
    });
  else if (date > today)
    problems.push({ field: 'statusDate', problem: `${date} is after today (${today})` });
  if (change.status === 'active') {
    if (reason)
      problems.push({ field: 'statusReason', problem: 'must be empty when going back to active' });
  } else if (!reason || !PRACTITIONER_STATUS_REASONS.includes(reason)) {
    problems.push({
      field: 'statusReason',
      problem: `is required when the status is ${change.status}: one of ${PRACTITIONER_STATUS_REASONS.join(', ')}`,
    });
  }
  return problems.length === 0 ? { ok: true } : { ok: false, kind: 'fields', problems };
}

/** Family statuses after which a family needs no practitioner any more. */
export const CLOSED_FAMILY_STATUSES = ['completed', 'withdrawn', 'not_proceeded'] as const;

/**
 * Why a staff member cannot be a practitioner's supervisor, or null: a
 * supervisor is someone of the programme's staff whose cost role is
 * vig_supervisor, and not the practitioner themselves.
 */
export function supervisorProblem(
  code: string,
  supervisor: { costRole: string } | undefined,
  practitionerCode: string,
): string | null {
  if (code === practitionerCode) return 'a practitioner cannot supervise themselves';
  if (!supervisor) return `${code} is not a staff member of this programme`;
  if (supervisor.costRole !== 'vig_supervisor')
    return `${code} is not a VIG supervisor (their cost role is ${supervisor.costRole})`;
  return null;
}
