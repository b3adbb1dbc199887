import { createActionGroup, emptyProps, props } from '@ngrx/store';
import {
  CapacityRow,
  DeliveryView,
  FamilyAction,
  FamilyDetail,
  FamilySessionView,
  FamilyView,
  FieldProblem,
  IntakeView,
  NotProceededSummary,
  PeriodLockView,
  ProgrammeOption,
  Referral,
  SessionInput,
  TimeEntryInput,
  TimeEntryView,
} from './delivery.models';

export const DeliveryPageActions = createActionGroup({
  source: 'Delivery Page',
  events: {
    Opened: props<{ view: DeliveryView }>(),
    'Programme Chosen': props<{ programmeId: string }>(),
    'Referral Submitted': props<{ referral: Referral }>(),
    'Session Submitted': props<{ session: SessionInput }>(),
    'Time Submitted': props<{ entry: TimeEntryInput }>(),
    'Sign Off Submitted': props<{ laCode: string; month: string }>(),
    'Message Dismissed': emptyProps(),
    'Family Action Submitted': props<{ action: FamilyAction }>(),
  },
});

export const DeliveryApiActions = createActionGroup({
  source: 'Delivery API',
  events: {
    'Programmes Loaded': props<{ programmes: ProgrammeOption[] }>(),
    'Capacity Loaded': props<{
      rows: CapacityRow[];
      notProceeded: NotProceededSummary;
      intake: IntakeView;
    }>(),
    'Practitioner Loaded': props<{ row: CapacityRow | null; families: FamilyView[] }>(),
    'Families Loaded': props<{ families: FamilyView[]; total: number }>(),
    'Sessions Loaded': props<{ sessions: FamilySessionView[] }>(),
    'Time Loaded': props<{ entries: TimeEntryView[]; totalMinutes: number }>(),
    'Locks Loaded': props<{ locks: PeriodLockView[] }>(),
    'Family Loaded': props<{ family: FamilyDetail; practitioners: CapacityRow[] }>(),
    /** 409: someone else changed the family first, or it was already randomised. */
    Conflict: props<{ error: string }>(),
    'Load Failed': props<{ error: string }>(),
    Saved: props<{ message: string; warnings: string[] }>(),
    'Save Failed': props<{ error: string; problems: FieldProblem[] }>(),
  },
});
