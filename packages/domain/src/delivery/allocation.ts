import type { ProgrammeRecord } from '../model/records.js';
import { CAPACITY_WINDOW_DAYS, vigWeek } from './capacity.js';

/** What an allocation needs to know about the practitioner it would go to. */
export interface PractitionerLoad {
  code: string;
  /** Families with them now whose work is not over: status `allocated` or `active`. */
  familiesOpen: number;
  vigHoursPerWeek: number;
  /** As CapacityRow.vigMinutesLast4Weeks. */
  vigMinutesLast4Weeks: number;
}

/**
 * Warnings (never refusals: the manager decides) for allocating one more
 * family to a practitioner who is already at or over their capacity: as many
 * open families as the programme's minimum caseload, or the VIG hours
 * allotted to them fully used over the last four weeks.
 */
export function allocationWarnings(
  load: PractitionerLoad,
  programme: Pick<ProgrammeRecord, 'minFamiliesPerPractitioner'>,
): string[] {
  const warnings: string[] = [];
  if (load.familiesOpen >= programme.minFamiliesPerPractitioner) {
    warnings.push(
      `${load.code} already has ${load.familiesOpen} open families (allocated or active); the programme's caseload is ${programme.minFamiliesPerPractitioner}.`,
    );
  }
  const weeks = CAPACITY_WINDOW_DAYS / 7;
  const allotted = Math.round(load.vigHoursPerWeek * 60 * weeks);
  if (vigWeek(load).atOrOver) {
    const hours = (load.vigMinutesLast4Weeks / 60).toFixed(1);
    warnings.push(
      `${load.code} spent ${hours} h on VIG in the last ${weeks} weeks, at or over the ${load.vigHoursPerWeek} h a week allotted (${allotted / 60} h).`,
    );
  }
  return warnings;
}
