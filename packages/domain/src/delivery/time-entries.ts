import { can } from '../access/ability.js';
import { refusedBy } from '../access/row-access.js';
import type { Action, Principal } from '../access/subjects.js';
import type { SessionType, TimeEntryActivity } from '../model/enums.js';
import type { IsoDate } from '../model/records.js';

/**
 * Why the principal may not record (or change) time for this staff member
 * against this LA, or `null` when they may:
 * - `hidden`: the staff member, or the LA, is not one the principal may see
 *   (answered as 404, as if it did not exist: an LA1 manager naming an LA2
 *   practitioner learns nothing, whatever `laCode` they send);
 * - `refused`: they see the person but may not record their time (a
 *   supervisor naming a practitioner, a manager booking time programme-wide),
 *   with the field to blame.
 * `laCode` is the LA the time counts for: the entry's own, else the person's.
 */
export type TimeEntryRefusal =
  | { kind: 'hidden'; field: 'staffCode' | 'laCode' }
  | { kind: 'refused'; field: 'staffCode' | 'laCode' };

export function timeEntryRefusal(
  principal: Principal,
  action: Extract<Action, 'create' | 'update' | 'delete'>,
  staff: { code: string; laCode: string | null },
  laCode: string | null,
): TimeEntryRefusal | null {
  if (!can(principal, 'read', 'Staff', { staffCode: staff.code, laCode: staff.laCode }))
    return { kind: 'hidden', field: 'staffCode' };
  if (laCode !== null && !can(principal, 'read', 'LocalAuthority', { laCode }))
    return { kind: 'hidden', field: 'laCode' };
  if (refusedBy(principal, action, 'TimeEntry', { staffCode: staff.code }))
    return { kind: 'refused', field: 'staffCode' };
  if (!can(principal, action, 'TimeEntry', { staffCode: staff.code, laCode }))
    return { kind: 'refused', field: 'laCode' };
  return null;
}

/** The ledger's other sources of one person's time on one date (DESIGN.md, the staff-time ledger). */
export interface LedgerSourcesOfDay {
  /** Family sessions the person is the practitioner of, whatever their outcome. */
  familySessions: Array<{
    familyReference: string;
    type: SessionType;
    cycle: number | null;
    contactMinutes: number;
    travelMinutes: number;
    prepMinutes: number;
  }>;
  /** Supervision sessions the person ran (their duration and preparation are counted). */
  supervisionProvided: Array<{ id: string; prepMinutes: number }>;
}

export interface CountedOnceVerdict {
  /** The entry would count time the ledger already takes elsewhere: refuse it, saying where. */
  refusal: string | null;
  /** It may, but need not, be the same time: allow it and say where to look. */
  warnings: string[];
}

/** The session minutes a time entry's activity duplicates, when it does. */
const SESSION_MINUTES: Partial<
  Record<TimeEntryActivity, 'contactMinutes' | 'travelMinutes' | 'prepMinutes'>
> = {
  direct_delivery: 'contactMinutes',
  travel: 'travelMinutes',
  preparation: 'prepMinutes',
};

function describeSession(s: LedgerSourcesOfDay['familySessions'][number]): string {
  return `the ${s.type}${s.cycle === null ? '' : ` (cycle ${s.cycle})`} session with ${s.familyReference}`;
}

/**
 * Every minute is costed from exactly one source. A family session already
 * counts its practitioner's contact, travel and preparation minutes, and a
 * supervision session its supervisor's preparation. So a time entry for the
 * same family, date and kind of minutes is refused; one without a family, on a
 * date the ledger already has such minutes, is allowed with a warning (it may
 * be other travel or preparation), and so is preparation on a day the person
 * ran supervision with preparation recorded.
 */
export function countedOnce(
  entry: { activity: TimeEntryActivity; date: IsoDate; familyReference: string | null },
  sources: LedgerSourcesOfDay,
): CountedOnceVerdict {
  const warnings: string[] = [];
  const column = SESSION_MINUTES[entry.activity];
  if (column) {
    const counted = sources.familySessions.filter((s) => s[column] > 0);
    const same =
      entry.familyReference === null
        ? undefined
        : counted.find((s) => s.familyReference === entry.familyReference);
    if (same) {
      return {
        refusal: `${entry.activity} for ${entry.familyReference} on ${entry.date} is already counted from ${describeSession(same)} (its ${column.replace('Minutes', '')} minutes); correct that session instead`,
        warnings,
      };
    }
    if (entry.familyReference === null && counted.length > 0) {
      warnings.push(
        `${entry.activity} on ${entry.date} may already be counted from ${counted.map(describeSession).join(', ')}; record here only time those sessions do not include`,
      );
    }
  }
  if (entry.activity === 'preparation') {
    const ran = sources.supervisionProvided.filter((s) => s.prepMinutes > 0);
    if (ran.length > 0)
      warnings.push(
        `preparation on ${entry.date} may already be counted from supervision session${ran.length > 1 ? 's' : ''} ${ran.map((s) => s.id).join(', ')} (its preparation minutes)`,
      );
  }
  return { refusal: null, warnings };
}
