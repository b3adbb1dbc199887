import { createActionGroup, props } from '@ngrx/store';
import type {
  CreateLocalAuthorityRequest,
  FieldProblem,
  LocalAuthorityView,
  UpdateLocalAuthorityRequest,
} from '@attune/contract';

export const LocalAuthoritiesPageActions = createActionGroup({
  source: 'Local Authorities Page',
  events: {
    Opened: props<{ programmeId: string }>(),
    'Create Submitted': props<{ la: CreateLocalAuthorityRequest }>(),
    'Update Submitted': props<{ code: string; change: UpdateLocalAuthorityRequest }>(),
  },
});

export const LocalAuthoritiesApiActions = createActionGroup({
  source: 'Local Authorities API',
  events: {
    Loaded: props<{ programmeId: string; items: LocalAuthorityView[] }>(),
    'Load Failed': props<{ programmeId: string; error: string }>(),
    Saved: props<{ message: string }>(),
    'Save Failed': props<{ error: string; problems: FieldProblem[] }>(),
  },
});
