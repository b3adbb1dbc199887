import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { Page, SupervisionFormOptions } from '../supervision.models';
import {
  Milestone,
  MilestoneInput,
  RecordEdit,
  RecordKind,
  TrainingEvent,
  TrainingEventInput,
} from './records.models';

export const RecordsPageActions = createActionGroup({
  source: 'Supervision Records Page',
  events: {
    /** The programme is the one in the address. */
    Opened: props<{ kind: RecordKind; programmeId: string }>(),
    /** Milestones of one trainee (null: every trainee the caller may see). */
    'Trainee Chosen': props<{ practitionerCode: string | null }>(),
    'Milestone Submitted': props<{ input: MilestoneInput }>(),
    'Milestone Update Submitted': props<RecordEdit<MilestoneInput>>(),
    'Training Submitted': props<{ input: TrainingEventInput }>(),
    'Training Update Submitted': props<RecordEdit<TrainingEventInput>>(),
    'Edit Milestone': props<{ milestone: Milestone }>(),
    'Edit Training': props<{ event: TrainingEvent }>(),
    'Edit Cancelled': emptyProps(),
    /** After a 409: fetch the record as it now stands and edit that. */
    'Reload Requested': props<{ id: string }>(),
    /** Sent only after the person confirmed, with the version shown; `what` names it in the message. */
    'Delete Confirmed': props<{ kind: RecordKind; id: string; version: number; what: string }>(),
  },
});

export const RecordsApiActions = createActionGroup({
  source: 'Supervision Records API',
  events: {
    'Options Loaded': props<{ options: SupervisionFormOptions }>(),
    'Milestones Loaded': props<{ page: Page<Milestone> }>(),
    'Training Loaded': props<{ page: Page<TrainingEvent> }>(),
    'Load Failed': props<{ error: string }>(),
    Saved: props<{ message: string }>(),
    'Save Failed': props<{ error: string }>(),
    'Save Conflicted': props<{ error: string; id: string }>(),
    'Milestone Reloaded': props<{ milestone: Milestone }>(),
    'Training Reloaded': props<{ event: TrainingEvent }>(),
    /** A delete refused (stale version, signed-off month): the list is read again. */
    'Delete Refused': props<{ error: string }>(),
  },
});
