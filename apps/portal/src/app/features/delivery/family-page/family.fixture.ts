import { CapacityRow, FamilyDetail } from '../delivery.models';

/** A referred family in the trial, as GET families/:reference answers (for tests). */
export function referredFamily(overrides: Partial<FamilyDetail> = {}): FamilyDetail {
  return {
    reference: 'F-LA1-0001',
    laCode: 'LA1',
    referralDate: '2022-03-01',
    childBirthMonth: '2021-10',
    planAtReferral: 'CiN',
    courtProceedings: false,
    trialArm: 'not_randomised',
    randomisationDate: null,
    practitionerCode: null,
    status: 'referred',
    statusDate: '2022-03-01',
    statusReason: null,
    outcome6m: null,
    consentFilming: true,
    consentClipsUse: false,
    baselineCompletedOn: '2022-03-02',
    followUp4mDueOn: null,
    followUp4mStatus: null,
    followUp4mOn: null,
    outcome6mDueOn: null,
    outcome6mRecordedOn: null,
    supportNeeded: null,
    supportKind: null,
    outsideTrialReason: null,
    sessionsHeld: 0,
    lastHeldSessionDate: null,
    overdue: false,
    version: 3,
    fidelity: {
      sessionsHeld: 0,
      minSessions: 8,
      cyclesCompleted: 0,
      cyclesRequired: 3,
      weeklyRhythm: false,
      longestGapDays: null,
      inModelOrder: false,
      checks: [
        { key: 'sessions', label: 'Eight sessions held', passed: false, detail: '0 of 8 held' },
      ],
    },
    history: [
      {
        status: 'referred',
        statusDate: '2022-03-01',
        statusReason: null,
        recordedAt: '2022-03-01T10:00:00.000Z',
      },
    ],
    nextStatuses: [
      { status: 'randomised', reasons: [] },
      { status: 'not_proceeded', reasons: ['not_ready_or_declined', 'moved_away'] },
    ],
    ...overrides,
  };
}

export function practitionerRow(overrides: Partial<CapacityRow> = {}): CapacityRow {
  return {
    code: 'P-LA1-01',
    laCode: 'LA1',
    familiesAllocated: 6,
    familiesActive: 5,
    familiesCompleted: 1,
    familiesNotProceeded: 0,
    belowMinimum: false,
    sessionsHeld: 20,
    lastSessionDate: '2022-03-01',
    familiesOverdue: 0,
    vigHoursPerWeek: 7.5,
    vigMinutesLast4Weeks: 1800,
    status: 'active',
    ...overrides,
  };
}
