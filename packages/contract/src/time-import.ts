// The bulk import of staff time (POST …/time-entries/import) and its dry run.
import type { CostGap, TallyCell } from '@attune/domain';

/** One bad cell or row of an imported file: CSV the file line and column name, XLSX the sheet row and column letter. */
export interface ImportProblem {
  /** Always `file`: the form's one field, so a screen can show the problems there. */
  field: 'file';
  line: number;
  column: string;
  problem: string;
}

/** 400 of an import: every problem (up to `errors`' cap) and how many there are in all; nothing was written. */
export interface TimeImportRefusal {
  message: string;
  errors: ImportProblem[];
  total: number;
}

/**
 * What an import writes (201) or, with `?dryRun=true`, would write (200): rows, minutes and
 * cost (pounds, at the programme's price year) by LA (`programme` for provider staff) and activity.
 */
export interface TimeImportResult {
  dryRun: boolean;
  /** The import's record; null for a dry run. */
  importId: string | null;
  format: 'csv' | 'xlsx';
  /** SHA-256 of the file's bytes: the same file again is refused with 409 `duplicate_import`. */
  contentHash: string;
  rows: number;
  minutes: number;
  cost: string;
  byLaAndActivity: TallyCell[];
  /** Lines no unit cost covers, left out of the cost. */
  gaps: CostGap[];
  /** Rows the ledger may already count elsewhere (allowed, as for one entry): `line: warning`, the first 100. */
  warnings: string[];
  warningCount: number;
}

/** 409 `duplicate_import`: the file was loaded before. */
export interface DuplicateImport {
  code: 'duplicate_import';
  message: string;
  previous: { importId: string; importedAt: string; importedBy: string | null; rows: number };
}
