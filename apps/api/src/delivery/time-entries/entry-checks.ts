import {
  countedOnce,
  type LedgerSourcesOfDay,
  type Principal,
  refusedBy,
  timeEntryRefusal,
  type TimeEntryActivity,
} from '@attune/domain';
import type { FieldProblem } from '@attune/contract';
import type { ProgrammeContext } from '../../platform/programme-context/programme-context.service';
import type { StaffRef } from './time-entries.repository';

/** Whose time, for which LA: what an entry resolves to once the caller may record it. */
export interface EntryTarget {
  staffId: string;
  laId: string | null;
  effectiveLa: { id: string; code: string } | null;
}

/** Why an entry cannot be written: `hidden` is answered 404 for one entry, a located problem in an import. */
export type EntryProblem = FieldProblem & { hidden: boolean };

const EMPTY_DAY: LedgerSourcesOfDay = { familySessions: [], supervisionProvided: [] };

/**
 * Judges whose time and which LA by the domain's `timeEntryRefusal`; shared by single entries
 * and the import, so both answer the same rows the same way. An unknown staff code or LA is
 * hidden exactly like one the caller may not see.
 */
export function judgeTarget(
  principal: Principal,
  programme: ProgrammeContext,
  action: 'create' | 'update' | 'delete',
  staffCode: string,
  staff: StaffRef | undefined,
  laCode: string | null,
): EntryTarget | EntryProblem {
  const missingStaff: EntryProblem = {
    field: 'staffCode',
    problem: `there is no staff member ${staffCode} whose time you may record`,
    hidden: true,
  };
  if (!staff) return missingStaff;
  const laId = laCode === null ? null : (programme.laIdByCode.get(laCode) ?? null);
  const missingLa: EntryProblem = {
    field: 'laCode',
    problem: `there is no local authority ${laCode} you may record time for`,
    hidden: true,
  };
  if (laCode !== null && laId === null) return missingLa;
  const staffLaCode = staff.laId === null ? null : programme.laCodeById.get(staff.laId)!;
  const effectiveId = laId ?? staff.laId;
  const effectiveLa = effectiveId
    ? { id: effectiveId, code: programme.laCodeById.get(effectiveId)! }
    : null;
  const refusal = timeEntryRefusal(
    principal,
    action,
    { code: staffCode, laCode: staffLaCode },
    effectiveLa?.code ?? null,
  );
  if (refusal?.kind === 'hidden') return refusal.field === 'staffCode' ? missingStaff : missingLa;
  if (refusal?.field === 'staffCode')
    return { field: 'staffCode', problem: 'you record your own time only', hidden: false };
  if (refusal)
    return {
      field: 'laCode',
      problem: principal.laCode
        ? `you record time for your own local authority (${principal.laCode}) only`
        : 'you may not record time for this local authority',
      hidden: false,
    };
  return { staffId: staff.id, laId, effectiveLa };
}

export function isProblem(value: EntryTarget | EntryProblem): value is EntryProblem {
  return 'problem' in value;
}

/** A family the entry is about must be one the caller works with (a practitioner: their own). */
export function judgeFamily(
  principal: Principal,
  action: 'create' | 'update',
  reference: string,
  family: { id: string; practitionerCode: string | null } | undefined,
): string | EntryProblem {
  if (!family || refusedBy(principal, action, 'TimeEntry', { staffCode: family.practitionerCode }))
    return {
      field: 'familyReference',
      problem: `${reference} is not a family you work with in this local authority`,
      hidden: false,
    };
  return family.id;
}

/** The domain's counted-once verdict for an entry, from the ledger's sources of its day. */
export function judgeCountedOnce(
  entry: { activity: TimeEntryActivity; date: string; familyReference: string | null },
  staffId: string,
  sources: Map<string, LedgerSourcesOfDay>,
) {
  return countedOnce(entry, sources.get(`${staffId}|${entry.date}`) ?? EMPTY_DAY);
}
