// Programmes, and the import of a data package.
import type { PackageProblem } from '@attune/domain';
import type { Page } from './platform.js';

export type { PackageProblem };

/** A programme as the API shows it (dates `YYYY-MM-DD`, the discount rate an exact decimal string). */
export interface ProgrammeView {
  id: string;
  name: string;
  funder: string;
  provider: string;
  startDate: string;
  intakeStart: string;
  intakeEnd: string;
  deliveryEnd: string;
  reportDue: string | null;
  priceYear: number;
  discountRate: string;
  minFamiliesPerPractitioner: number;
  minSessionsPerFamily: number;
  cyclesPerFamily: number;
  targetPractitionerCount: number | null;
  /** Sensitivity factors (exact decimal strings): staff costs x low (< 1) and x high (> 1). */
  sensitivityLow: string;
  sensitivityHigh: string;
  ruleSet: string;
  /** The codes of its LAs, ascending. */
  localAuthorities: string[];
  /** When the programme was imported (ISO 8601, UTC): tells same-named imports apart. */
  importedAt: string;
  version: number;
}

export type ProgrammePage = Page<ProgrammeView>;

/** What a programme chooser shows and what pages keyed by programme need of it. */
export type ProgrammeOption = Pick<
  ProgrammeView,
  'id' | 'name' | 'startDate' | 'deliveryEnd' | 'priceYear' | 'importedAt' | 'localAuthorities'
>;

/** 201 from POST /api/programmes/import: the new programme and the rows read per file. */
export interface ImportResult {
  programmeId: string;
  counts: Record<string, number>;
}

/** 422 from POST /api/programmes/import: the problems (up to a cap) and how many there were; nothing was written. */
export interface ImportRefusal {
  message: string;
  errors: PackageProblem[];
  total: number;
}

/** PATCH /api/programmes/:id (admin): any of the settings, with the version read. */
export interface UpdateProgrammeRequest {
  version: number;
  name?: string;
  funder?: string;
  provider?: string;
  startDate?: string;
  intakeStart?: string;
  intakeEnd?: string;
  deliveryEnd?: string;
  reportDue?: string | null;
  minFamiliesPerPractitioner?: number;
  minSessionsPerFamily?: number;
  cyclesPerFamily?: number;
  targetPractitionerCount?: number | null;
  priceYear?: number;
  /** A fraction, e.g. `0.035`. */
  discountRate?: string;
  sensitivityLow?: string;
  sensitivityHigh?: string;
  ruleSet?: string;
}

/** A local authority of a programme. */
export interface LocalAuthorityView {
  code: string;
  name: string;
  version: number;
}

export interface CreateLocalAuthorityRequest {
  code: string;
  name: string;
}

export interface UpdateLocalAuthorityRequest {
  version: number;
  name: string;
}

/** A staff member; `displayName` is null for an economist (codes only). */
export interface StaffView {
  code: string;
  displayName: string | null;
  costRole: string;
  /** null for provider staff (programme-wide). */
  laCode: string | null;
  version: number;
}

export interface CreateStaffRequest {
  code: string;
  displayName: string;
  costRole: string;
  laCode: string | null;
}

export interface UpdateStaffRequest {
  version: number;
  displayName?: string;
  costRole?: string;
  laCode?: string | null;
}

/** A practitioner: a staff member with the VIG details and status. */
export interface PractitionerView {
  code: string;
  laCode: string | null;
  substantiveRole: string;
  /** Exact decimal strings. */
  fte: string;
  vigHoursPerWeek: string;
  startDate: string;
  supervisorCode: string | null;
  status: 'active' | 'paused' | 'withdrawn';
  statusDate: string | null;
  statusReason: string | null;
  version: number;
}

/** POST makes a practitioner of an existing staff member (`code`), active. */
export interface CreatePractitionerRequest {
  code: string;
  substantiveRole: string;
  fte: string;
  vigHoursPerWeek: string;
  startDate: string;
  supervisorCode: string | null;
}

/** A status change names its date and (for paused and withdrawn) its reason. */
export interface UpdatePractitionerRequest {
  version: number;
  substantiveRole?: string;
  fte?: string;
  vigHoursPerWeek?: string;
  startDate?: string;
  supervisorCode?: string | null;
  status?: 'active' | 'paused' | 'withdrawn';
  statusDate?: string;
  statusReason?: string | null;
}

/** A practitioner's open family (allocated or active) that needs another practitioner. */
export interface OpenFamilyRef {
  reference: string;
  laCode: string;
  status: string;
}

/** PATCH answer: the practitioner, and (after a withdrawal) their open families. */
export interface PractitionerUpdateResult {
  practitioner: PractitionerView;
  openFamilies: OpenFamilyRef[];
}
