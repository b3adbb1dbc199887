import type { IsoDate } from '../model/records.js';
import type { PractitionerWork } from './counts.js';
import type { ClosingMilestone, RuleSet, RuleSetStage } from './rule-sets.js';

export const REQUIREMENT_KEYS = [
  'initial_course',
  'cycles',
  'new_families',
  'supervision_minutes',
  'supervision_sessions',
  'closing_milestone',
] as const;
export type RequirementKey = (typeof REQUIREMENT_KEYS)[number];

/** One requirement of the current stage, for a progress bar. */
export interface Requirement {
  key: RequirementKey;
  label: string;
  required: number;
  /** What counts toward this stage, surplus from earlier stages included; may exceed `required`. */
  achieved: number;
}

export interface StageStanding {
  /** 1-based number of the stage in progress; the last stage once accredited. */
  stage: number;
  accredited: boolean;
  /** The date of the passed accreditation meeting when accredited. */
  accreditedOn: IsoDate | null;
  requirements: Requirement[];
  /** Every requirement of the current stage but its closing meeting is met (or accredited). */
  countsMet: boolean;
  nextRequirement: string | null;
}

const MEETINGS: Record<ClosingMilestone, string> = {
  stage_transition: 'transition meeting',
  midpoint_review: 'mid-point review',
  accreditation: 'accreditation meeting',
};

const OTHER_ASSESSOR = ', with a supervisor other than their own';

function meetingLabel(stage: RuleSetStage): string {
  const meeting = MEETINGS[stage.closingMilestone];
  const label = `${meeting[0]!.toUpperCase()}${meeting.slice(1)} passed`;
  return stage.assessorNotOwnSupervisor ? label + OTHER_ASSESSOR : label;
}

function shortfall(r: Requirement, stage: RuleSetStage): string {
  const missing = r.required - r.achieved;
  switch (r.key) {
    case 'initial_course':
      return 'complete the initial course';
    case 'cycles':
      return `${missing} more completed cycle${missing === 1 ? '' : 's'}`;
    case 'new_families':
      return `${missing} more new famil${missing === 1 ? 'y' : 'ies'}`;
    case 'supervision_minutes':
      return `${missing} more minutes of supervision`;
    case 'supervision_sessions':
      return `${missing} more supervision session${missing === 1 ? '' : 's'}`;
    case 'closing_milestone':
      return `pass the ${MEETINGS[stage.closingMilestone]}${stage.assessorNotOwnSupervisor ? OTHER_ASSESSOR : ''}`;
  }
}

/**
 * Where a practitioner stands in a rule set. Stage k is closed when the
 * cumulative counts reach the cumulative requirements of stages 1..k AND its
 * closing meeting is passed: the j-th stage closing with a given meeting type
 * takes the j-th passed meeting of that type (a deferred one never counts).
 * Cumulative comparison is what carries a surplus into the next stage.
 */
export function stageStanding(
  ruleSet: RuleSet,
  work: PractitionerWork,
  supervisorCode: string | null,
): StageStanding {
  const used = { cycles: 0, families: 0, minutes: 0, sessions: 0 };
  const meetingsUsed = new Map<ClosingMilestone, number>();
  let accreditedOn: IsoDate | null = null;
  let requirements: Requirement[] = [];
  for (const [index, stage] of ruleSet.stages.entries()) {
    const supervision = work.supervision.filter(
      (s) => !stage.individualSupervisionOnly || s.format === 'individual',
    );
    const supervisionMinutes = supervision.reduce((total, s) => total + s.minutes, 0);
    const remaining = (total: number, spent: number) => Math.max(0, total - spent);
    requirements = [];
    if (index === 0 && ruleSet.initialCourseDays !== null) {
      requirements.push({
        key: 'initial_course',
        label: `Initial course (${ruleSet.initialCourseDays} days)`,
        required: 1,
        achieved: work.initialCourseCompleted ? 1 : 0,
      });
    }
    requirements.push(
      {
        key: 'cycles',
        label: 'Completed cycles',
        required: stage.requiredCycles,
        achieved: remaining(work.cycleCompletions.length, used.cycles),
      },
      {
        key: 'new_families',
        label: 'New families worked with',
        required: stage.minNewFamilies,
        achieved: remaining(work.familiesWorkedWith, used.families),
      },
      {
        key: 'supervision_minutes',
        // No unit: the portal says the amount in hours and minutes (requirementText).
        label: stage.individualSupervisionOnly ? 'Individual supervision' : 'Supervision',
        required: stage.requiredSupervisionMinutes,
        achieved: remaining(supervisionMinutes, used.minutes),
      },
    );
    if (stage.requiredSupervisionSessions > 0) {
      requirements.push({
        key: 'supervision_sessions',
        label: stage.individualSupervisionOnly
          ? 'Individual supervision sessions'
          : 'Supervision sessions',
        required: stage.requiredSupervisionSessions,
        achieved: remaining(supervision.length, used.sessions),
      });
    }
    const occurrence = meetingsUsed.get(stage.closingMilestone) ?? 0;
    const meeting = work.passedMilestones
      .filter(
        (m) =>
          m.type === stage.closingMilestone &&
          !(
            stage.assessorNotOwnSupervisor &&
            (m.assessorCode === null || m.assessorCode === supervisorCode)
          ),
      )
      .at(occurrence);
    requirements.push({
      key: 'closing_milestone',
      label: meetingLabel(stage),
      required: 1,
      achieved: meeting ? 1 : 0,
    });

    const unmet = requirements.filter((r) => r.achieved < r.required);
    if (unmet.length > 0) {
      const countsMet = unmet.every((r) => r.key === 'closing_milestone');
      const first = unmet[0] as Requirement;
      return {
        stage: index + 1,
        accredited: false,
        accreditedOn: null,
        requirements,
        countsMet,
        nextRequirement: `${stage.name}: ${shortfall(first, stage)}`,
      };
    }
    meetingsUsed.set(stage.closingMilestone, occurrence + 1);
    used.cycles += stage.requiredCycles;
    used.families += stage.minNewFamilies;
    used.minutes += stage.requiredSupervisionMinutes;
    used.sessions += stage.requiredSupervisionSessions;
    accreditedOn = meeting?.date ?? null;
  }
  return {
    stage: ruleSet.stages.length,
    accredited: true,
    accreditedOn,
    requirements,
    countsMet: true,
    nextRequirement: null,
  };
}
