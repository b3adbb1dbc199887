import type {
  AccreditationRow,
  AttunedPrinciple,
  SupervisionFormat,
  SupervisionMode,
} from '@attune/domain';

/** A row of GET /api/programmes/:id/accreditation/details. */
export interface TraineeProgress extends AccreditationRow {
  displayName?: string;
  supervisorCode: string | null;
  cycleCompletions: string[];
}

export interface ProgressDetails {
  items: TraineeProgress[];
  total: number;
  asOf: string;
  deliveryEnd: string;
  ruleSet: { code: string; name: string };
}

export interface SuperviseeOption {
  code: string;
  displayName: string;
  laCode: string | null;
  supervisorCode: string | null;
  status: string;
  families: string[];
}

/** GET /api/programmes/:id/supervision-form */
export interface SupervisionFormOptions {
  supervisorCode: string | null;
  cyclesPerFamily: number;
  practitioners: SuperviseeOption[];
}

export interface AttendeeInput {
  practitionerCode: string;
  familyReference: string | null;
  cycle: number | null;
  principles: AttunedPrinciple[];
}

/** The body of POST (and, with `version`, PUT) supervision-sessions. */
export interface SupervisionInput {
  date: string;
  format: SupervisionFormat;
  mode: SupervisionMode;
  durationMinutes: number;
  prepMinutes: number;
  notes: string | null;
  attendees: AttendeeInput[];
}

export interface SupervisionSession extends SupervisionInput {
  id: string;
  code: string;
  supervisorCode: string;
  version: number;
  canEdit: boolean;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** Which page opened the feature: a supervisor's trainees, everyone, or the caller's own row. */
export type ProgressView = 'supervisor' | 'all' | 'own';
