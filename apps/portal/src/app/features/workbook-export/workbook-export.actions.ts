import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { JobView } from './workbook-export.models';

export const WorkbookExportPageActions = createActionGroup({
  source: 'Workbook Export Page',
  events: {
    /** The address names the programme (`/p/:programmeId/workbook-export`). */
    Opened: props<{ programmeId: string }>(),
    'Export Requested': props<{ programmeId: string }>(),
    Left: emptyProps(),
  },
});

export const WorkbookExportApiActions = createActionGroup({
  source: 'Workbook Export API',
  events: {
    'Job Started': props<{ jobId: string }>(),
    'Job Start Failed': props<{ error: string }>(),
    'Job Polled': props<{ job: JobView }>(),
    'Job Poll Failed': props<{ error: string }>(),
  },
});
