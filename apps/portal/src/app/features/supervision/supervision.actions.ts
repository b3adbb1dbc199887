import { createActionGroup, emptyProps, props } from '@ngrx/store';
import {
  Page,
  ProgressDetails,
  ProgressView,
  SupervisionFormOptions,
  SupervisionInput,
  SupervisionSession,
} from './supervision.models';

export const SupervisionPageActions = createActionGroup({
  source: 'Supervision Page',
  events: {
    /** The programme is the one in the address. */
    Opened: props<{ view: ProgressView; programmeId: string }>(),
    /** Show progress as of another date (null: today). */
    'As Of Changed': props<{ asOf: string | null }>(),
    'Log Submitted': props<{ input: SupervisionInput }>(),
    'Edit Requested': props<{ session: SupervisionSession }>(),
    'Edit Cancelled': emptyProps(),
    'Update Submitted': props<{ id: string; version: number; input: SupervisionInput }>(),
    /** After a 409: fetch the session as it now stands and edit that. */
    'Reload Requested': props<{ id: string }>(),
    /** Sent only after the person confirmed, with the version shown. */
    'Delete Confirmed': props<{ session: SupervisionSession }>(),
  },
});

export const SupervisionApiActions = createActionGroup({
  source: 'Supervision API',
  events: {
    'Options Loaded': props<{ options: SupervisionFormOptions }>(),
    'Progress Loaded': props<{ details: ProgressDetails }>(),
    'Sessions Loaded': props<{ page: Page<SupervisionSession> }>(),
    'Load Failed': props<{ error: string }>(),
    'Session Saved': props<{ message: string }>(),
    'Save Failed': props<{ error: string }>(),
    'Save Conflicted': props<{ error: string; id: string }>(),
    'Session Reloaded': props<{ session: SupervisionSession }>(),
    /** A delete refused (stale version, signed-off month): the list is read again. */
    'Delete Refused': props<{ error: string }>(),
  },
});
