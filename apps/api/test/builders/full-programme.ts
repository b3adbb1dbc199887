import {
  addDays,
  addMonths,
  ATTUNED_PRINCIPLES,
  FOLLOW_UP_STATUSES,
  RULE_SET_PRESETS,
  SUPPORT_KINDS,
  type FamilyRecord,
  type FamilyStatusHistoryRecord,
  type ProgrammeData,
} from '@attune/domain';
import { buildDemoProgramme } from '../../src/seed/demo-programme';

/** The admin's own rule set the full programme has in force. */
export const FULL_RULE_SET = 'local_18_cycle';

/**
 * The demo programme with every optional column of every file set (and the
 * optional files given): the programme a lossless package must carry whole.
 * Values vary with the row, so a column mixed up with another shows.
 */
export function buildFullProgramme(): ProgrammeData {
  const demo = buildDemoProgramme();
  const { deliveryEnd } = demo.programme;
  const before = (date: string) => (date > deliveryEnd ? deliveryEnd : date);
  const families: FamilyRecord[] = demo.families.map((f, i) => {
    const randomised = f.randomisationDate;
    const followUp = randomised === null ? null : before(addMonths(randomised, 4));
    return {
      ...f,
      referralSource: f.referralSource ?? 'health_visitor',
      consentFilming: i % 2 === 0,
      consentClipsUse: i % 3 === 0,
      baselineCompletedOn: randomised ?? f.referralDate,
      followUp4mStatus: followUp === null ? null : FOLLOW_UP_STATUSES[i % 2]!,
      followUp4mOn: followUp,
      outcome6mRecordedOn:
        f.outcome6m === null ? null : before(addMonths(randomised ?? f.referralDate, 6)),
      supportNeeded: i % 4 !== 3,
      supportKind: i % 4 === 3 ? null : SUPPORT_KINDS[i % 3]!,
    };
  });
  // Each family referred first, then its status now (two steps for any that moved on).
  const familyStatusHistory: FamilyStatusHistoryRecord[] = families.flatMap((f) => {
    const referred: FamilyStatusHistoryRecord = {
      familyReference: f.reference,
      status: 'referred',
      statusDate: f.referralDate,
      statusReason: null,
    };
    if (f.status === 'referred') return [referred];
    return [
      referred,
      {
        familyReference: f.reference,
        status: f.status,
        statusDate: f.statusDate ?? addDays(f.referralDate, 1),
        statusReason: f.statusReason,
      },
    ];
  });
  const ruleSet = {
    ...RULE_SET_PRESETS.aviguk_18_cycle,
    code: FULL_RULE_SET,
    name: 'Local 18-cycle route, "shared" group credit',
    groupSupervisionCredit: 'shared' as const,
  };
  return {
    ...demo,
    programme: {
      ...demo.programme,
      ruleSet: FULL_RULE_SET,
      reportDue: '2022-08-31',
      targetPractitionerCount: 21,
      sensitivityLow: '0.75',
      sensitivityHigh: '1.25',
    },
    families,
    familyStatusHistory,
    supervisionAttendees: demo.supervisionAttendees.map((a, i) => ({
      ...a,
      principles: [ATTUNED_PRINCIPLES[i % 6]!, ATTUNED_PRINCIPLES[(i + 2) % 6]!],
    })),
    trainingEvents: demo.trainingEvents.map((e, i) => ({
      ...e,
      venue: i % 2 === 0 ? `Training room ${i}, County Hall` : 'Online, "Teams"',
    })),
    ineligibleReferrals: [
      { laCode: 'LA1', referralDate: '2021-09-01', reason: 'no_plan' },
      { laCode: 'LA1', referralDate: '2021-10-12', reason: 'child_too_old' },
      { laCode: 'LA2', referralDate: '2021-11-03', reason: 'birth_after_referral' },
    ],
    ruleSets: [{ code: ruleSet.code, name: ruleSet.name, definition: JSON.stringify(ruleSet) }],
  };
}
