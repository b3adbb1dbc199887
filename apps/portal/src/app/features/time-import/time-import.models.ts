import type { TimeImportRefusal, TimeImportResult } from '@attune/contract';

/** Where the page's one file is: on its way, checked (dry run), imported, or refused and why. */
export type TimeImportState =
  | { status: 'idle' }
  | { status: 'uploading'; fileName: string; dryRun: boolean; percent: number | null }
  | { status: 'checking'; fileName: string; dryRun: boolean }
  | { status: 'checked' | 'imported'; fileName: string; result: TimeImportResult }
  | { status: 'refused'; fileName: string; refusal: TimeImportRefusal }
  | { status: 'duplicate'; fileName: string; message: string }
  | { status: 'failed'; fileName: string; error: string };
