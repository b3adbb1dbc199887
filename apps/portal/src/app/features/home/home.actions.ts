import type { CurrentUser } from '@attune/contract';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { DueCount, RoleFigures } from './home.models';

export const HomePageActions = createActionGroup({
  source: 'Home Page',
  events: {
    /** An LA manager or admin opened the home page: count what is due. */
    Opened: props<{ email: string }>(),
    /** Anyone opened the home page: read the figures that answer their role's first question. */
    'Figures Opened': props<{
      email: string;
      role: CurrentUser['role'];
      staffCode: string | null;
    }>(),
  },
});

export const HomeApiActions = createActionGroup({
  source: 'Home API',
  events: {
    'Due Loaded': props<{ counts: DueCount[] }>(),
    'Due Failed': props<{ error: string }>(),
    'Figures Loaded': props<{ figures: RoleFigures }>(),
    /** Several programmes and none chosen yet: the page asks rather than guessing one. */
    'No Programme Chosen': emptyProps(),
    'Figures Failed': props<{ error: string }>(),
  },
});
