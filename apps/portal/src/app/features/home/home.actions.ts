import { createActionGroup, props } from '@ngrx/store';
import { DueCount } from './home.models';

export const HomePageActions = createActionGroup({
  source: 'Home Page',
  events: {
    /** An LA manager or admin opened the home page: count what is due. */
    Opened: props<{ email: string }>(),
  },
});

export const HomeApiActions = createActionGroup({
  source: 'Home API',
  events: {
    'Due Loaded': props<{ counts: DueCount[] }>(),
    'Due Failed': props<{ error: string }>(),
  },
});
