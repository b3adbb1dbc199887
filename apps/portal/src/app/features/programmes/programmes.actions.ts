import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { ImportRefusal, ImportSuccess, ProgrammePage } from './programmes.models';

export const ProgrammesPageActions = createActionGroup({
  source: 'Programmes Page',
  events: {
    Opened: emptyProps(),
    'Page Changed': props<{ page: number; pageSize: number }>(),
    'Import Submitted': props<{ file: File }>(),
  },
});

export const ProgrammesApiActions = createActionGroup({
  source: 'Programmes API',
  events: {
    'Page Loaded': props<{ page: ProgrammePage }>(),
    'Page Load Failed': props<{ error: string }>(),
    /** null: the browser does not know the size. */
    'Upload Progressed': props<{ percent: number | null }>(),
    /** Every byte is sent; the server is checking the package. */
    'Upload Finished': emptyProps(),
    'Import Succeeded': props<{ result: ImportSuccess }>(),
    'Import Refused': props<{ refusal: ImportRefusal }>(),
    'Import Failed': props<{ error: string }>(),
  },
});
