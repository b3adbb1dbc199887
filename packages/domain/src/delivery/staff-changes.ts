/** What a staff member is tied to, which a change of cost role or LA must not break. */
export interface StaffTies {
  /** Practitioners this staff member supervises. */
  supervisees: number;
  isPractitioner: boolean;
  /** Their own families not yet closed, when they are a practitioner. */
  openFamilies: number;
}

/**
 * The problems (by field) with changing a staff member's cost role or LA:
 * a supervisor of practitioners stays a VIG supervisor until they have
 * another; a practitioner works in an LA, and keeps it while families of
 * theirs are open (the families belong to that LA).
 */
export function staffChangeProblems(
  current: { costRole: string; laCode: string | null },
  change: { costRole?: string; laCode?: string | null },
  ties: StaffTies,
): Array<{ field: string; problem: string }> {
  const problems: Array<{ field: string; problem: string }> = [];
  if (
    change.costRole !== undefined &&
    change.costRole !== 'vig_supervisor' &&
    current.costRole === 'vig_supervisor' &&
    ties.supervisees > 0
  ) {
    problems.push({
      field: 'costRole',
      problem: `supervises ${ties.supervisees} practitioner(s): give them another supervisor first`,
    });
  }
  if (change.laCode !== undefined && change.laCode !== current.laCode && ties.isPractitioner) {
    if (change.laCode === null)
      problems.push({ field: 'laCode', problem: 'a practitioner works in a local authority' });
    else if (ties.openFamilies > 0)
      problems.push({
        field: 'laCode',
        problem: `has ${ties.openFamilies} open famil${ties.openFamilies === 1 ? 'y' : 'ies'} in ${current.laCode}: give them another practitioner first`,
      });
  }
  return problems;
}
