import { createFeature, createReducer, on } from '@ngrx/store';
import { HomeApiActions, HomePageActions } from './home.actions';
import { DueCount } from './home.models';

/** What the home page counts for LA managers and admins: the collection points due, per programme. */
export interface HomeState {
  due: DueCount[];
  loading: boolean;
  error: string | null;
}

export const initialHomeState: HomeState = { due: [], loading: false, error: null };

export const homeFeature = createFeature({
  name: 'home',
  reducer: createReducer(
    initialHomeState,
    on(HomePageActions.opened, (state) => ({ ...state, loading: true, error: null })),
    on(HomeApiActions.dueLoaded, (_state, { counts }) => ({
      due: counts,
      loading: false,
      error: null,
    })),
    on(HomeApiActions.dueFailed, (state, { error }) => ({ ...state, loading: false, error })),
  ),
});
