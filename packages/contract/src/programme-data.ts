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
  'id' | 'name' | 'startDate' | 'deliveryEnd' | 'priceYear' | 'importedAt'
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
