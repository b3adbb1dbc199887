export type {
  AccreditationDetailRow as TraineeProgress,
  AccreditationDetails as ProgressDetails,
  Page,
  ProgrammeOption as ProgrammeSummary,
  SupervisionAttendeeInput as AttendeeInput,
  SupervisionFormOptions,
  SupervisionSessionInput as SupervisionInput,
  SupervisionSessionView as SupervisionSession,
  SuperviseeOption,
} from '@attune/contract';

/** Which page opened the feature: a supervisor's trainees, everyone, or the caller's own row. */
export type ProgressView = 'supervisor' | 'all' | 'own';
