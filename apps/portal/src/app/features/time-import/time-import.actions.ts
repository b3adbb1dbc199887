import type { TimeImportRefusal, TimeImportResult } from '@attune/contract';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const TimeImportPageActions = createActionGroup({
  source: 'Time Import Page',
  events: {
    /** `dryRun`: check the file and show what it would write; otherwise write it. */
    'File Submitted': props<{ programmeId: string; file: File; dryRun: boolean }>(),
    /** Another file was chosen: what was shown of the last one goes. */
    'File Changed': emptyProps(),
  },
});

export const TimeImportApiActions = createActionGroup({
  source: 'Time Import API',
  events: {
    /** null: the browser does not know the size. */
    'Upload Progressed': props<{ percent: number | null }>(),
    /** Every byte is sent; the server is checking the rows. */
    'Upload Finished': emptyProps(),
    Answered: props<{ result: TimeImportResult }>(),
    Refused: props<{ refusal: TimeImportRefusal }>(),
    /** 409 duplicate_import: the file was imported before. */
    Duplicate: props<{ message: string }>(),
    Failed: props<{ error: string }>(),
  },
});
