import { createActionGroup, props } from '@ngrx/store';
import type {
  CreatePractitionerRequest,
  CreateStaffRequest,
  FieldProblem,
  LocalAuthorityView,
  OpenFamilyRef,
  PractitionerView,
  StaffView,
  UpdatePractitionerRequest,
  UpdateStaffRequest,
} from '@attune/contract';

export const StaffPageActions = createActionGroup({
  source: 'Staff Page',
  events: {
    Opened: props<{ programmeId: string }>(),
    'Staff Create Submitted': props<{ staff: CreateStaffRequest }>(),
    'Staff Update Submitted': props<{ code: string; change: UpdateStaffRequest }>(),
    'Practitioner Create Submitted': props<{ practitioner: CreatePractitionerRequest }>(),
    /** An edit or a status change (the page confirmed a withdrawal first). */
    'Practitioner Update Submitted': props<{ code: string; change: UpdatePractitionerRequest }>(),
  },
});

export const StaffApiActions = createActionGroup({
  source: 'Staff API',
  events: {
    Loaded: props<{
      programmeId: string;
      staff: StaffView[];
      practitioners: PractitionerView[];
      localAuthorities: LocalAuthorityView[];
    }>(),
    'Load Failed': props<{ programmeId: string; error: string }>(),
    Saved: props<{ message: string; openFamilies: OpenFamilyRef[] | null }>(),
    'Save Failed': props<{ error: string; problems: FieldProblem[] }>(),
  },
});
