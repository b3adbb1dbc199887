import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { JobView, ProgrammeOption } from './workbook-export.models';

export const WorkbookExportPageActions = createActionGroup({
  source: 'Workbook Export Page',
  events: {
    Opened: emptyProps(),
    'Programme Selected': props<{ programmeId: string }>(),
    'Export Requested': props<{ programmeId: string }>(),
    Left: emptyProps(),
  },
});

export const WorkbookExportApiActions = createActionGroup({
  source: 'Workbook Export API',
  events: {
    'Programmes Loaded': props<{ programmes: ProgrammeOption[] }>(),
    'Programmes Load Failed': props<{ error: string }>(),
    'Job Started': props<{ jobId: string }>(),
    'Job Start Failed': props<{ error: string }>(),
    'Job Polled': props<{ job: JobView }>(),
    'Job Poll Failed': props<{ error: string }>(),
  },
});
