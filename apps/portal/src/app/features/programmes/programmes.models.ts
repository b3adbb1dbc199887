/** One row of GET /api/programmes (apps/api programmes.service.ts ProgrammeView), as the portal uses it. */
export interface ProgrammeSummary {
  id: string;
  name: string;
  funder: string;
  provider: string;
  startDate: string;
  deliveryEnd: string;
  priceYear: number;
  localAuthorities: string[];
}

export interface ProgrammePage {
  items: ProgrammeSummary[];
  total: number;
}

/** 201 from POST /api/programmes/import: rows read per file. */
export interface ImportSuccess {
  programmeId: string;
  counts: Record<string, number>;
}

/** One problem of a refused package (line 1 is the header; 0 means the package as a whole). */
export interface PackageProblem {
  file: string;
  line: number;
  column: string;
  problem: string;
}

/** 422 from POST /api/programmes/import: the problems listed (up to a cap) and how many there were. */
export interface ImportRefusal {
  message: string;
  errors: PackageProblem[];
  total: number;
}

/** Where an import is: sending the file, the server checking it, or the outcome. */
export type ImportState =
  | { status: 'idle' }
  | { status: 'uploading'; fileName: string; percent: number | null }
  | { status: 'validating'; fileName: string }
  | { status: 'imported'; fileName: string; result: ImportSuccess }
  | { status: 'refused'; fileName: string; refusal: ImportRefusal }
  | { status: 'failed'; fileName: string; error: string };

export function packageHref(programmeId: string): string {
  return `/api/programmes/${encodeURIComponent(programmeId)}/package`;
}
