import { valueLabel } from '@attune/domain';
export type {
  MilestoneInput,
  MilestoneView as Milestone,
  TrainingAttendee,
  TrainingEventInput,
  TrainingEventView as TrainingEvent,
} from '@attune/contract';

/** Which records page opened the feature. */
export type RecordKind = 'milestones' | 'training-events';

/** A change to a stored record: its id and the version the form was filled from. */
export interface RecordEdit<T> {
  id: string;
  version: number;
  input: T;
}

/** "stage_transition" → "Stage transition". */
export function labelOf(value: string): string {
  const words = valueLabel(value);
  return words.charAt(0).toUpperCase() + words.slice(1);
}
