import type { MilestoneOutcome, MilestoneType, TrainingType } from '@attune/domain';

/** Which records page opened the feature. */
export type RecordKind = 'milestones' | 'training-events';

/** The body of POST (and, with `version`, PUT) milestones. */
export interface MilestoneInput {
  practitionerCode: string;
  type: MilestoneType;
  date: string;
  assessorCode: string | null;
  outcome: MilestoneOutcome;
}

export interface Milestone extends MilestoneInput {
  id: string;
  version: number;
  canEdit: boolean;
}

export interface TrainingAttendee {
  staffCode: string;
  minutesAttended: number;
}

/** The body of POST (and, with `version`, PUT) training-events. */
export interface TrainingEventInput {
  date: string;
  type: TrainingType;
  durationMinutes: number;
  venue: string | null;
  trainerCodes: string[];
  attendees: TrainingAttendee[];
}

export interface TrainingEvent extends TrainingEventInput {
  id: string;
  code: string;
  version: number;
  canEdit: boolean;
}

/** A change to a stored record: its id and the version the form was filled from. */
export interface RecordEdit<T> {
  id: string;
  version: number;
  input: T;
}

/** "stage_transition" → "Stage transition". */
export function labelOf(value: string): string {
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
