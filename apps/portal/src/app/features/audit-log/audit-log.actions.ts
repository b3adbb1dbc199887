import { createActionGroup, props } from '@ngrx/store';
import { AuditPage, AuditQuery } from './audit-log.models';

export const AuditLogPageActions = createActionGroup({
  source: 'Audit Log Page',
  events: {
    /** The address bar's query changed (opening the page counts): load what it asks for. */
    'Query Changed': props<{ query: AuditQuery }>(),
  },
});

export const AuditLogApiActions = createActionGroup({
  source: 'Audit Log API',
  events: {
    'Page Loaded': props<{ page: AuditPage }>(),
    'Page Load Failed': props<{ error: string }>(),
  },
});
