import type { ImportRefusal, ImportResult } from '@attune/contract';

export type {
  ImportRefusal,
  ImportResult as ImportSuccess,
  PackageProblem,
  ProgrammePage,
  ProgrammeView as ProgrammeSummary,
} from '@attune/contract';

/** Where an import is: sending the file, the server checking it, or the outcome. */
export type ImportState =
  | { status: 'idle' }
  | { status: 'uploading'; fileName: string; percent: number | null }
  | { status: 'validating'; fileName: string }
  | { status: 'imported'; fileName: string; result: ImportResult }
  | { status: 'refused'; fileName: string; refusal: ImportRefusal }
  | { status: 'failed'; fileName: string; error: string };

export function packageHref(programmeId: string): string {
  return `/api/programmes/${encodeURIComponent(programmeId)}/package`;
}
