import { createFeature, createReducer, on } from '@ngrx/store';
import { HomeApiActions, HomePageActions } from './home.actions';
import { DueCount, RoleFigures } from './home.models';

/**
 * What the home page shows: the collection points due per programme (LA
 * managers and admins), and the figures of the role's first question.
 */
export interface HomeState {
  due: DueCount[];
  loading: boolean;
  error: string | null;
  figures: RoleFigures | null;
  figuresLoading: boolean;
  figuresError: string | null;
  /** Several programmes and none chosen: the page links to the chooser. */
  needsChoice: boolean;
}

export const initialHomeState: HomeState = {
  due: [],
  loading: false,
  error: null,
  figures: null,
  figuresLoading: false,
  figuresError: null,
  needsChoice: false,
};

export const homeFeature = createFeature({
  name: 'home',
  reducer: createReducer(
    initialHomeState,
    on(HomePageActions.opened, (state) => ({ ...state, loading: true, error: null })),
    on(HomeApiActions.dueLoaded, (state, { counts }) => ({
      ...state,
      due: counts,
      loading: false,
      error: null,
    })),
    on(HomeApiActions.dueFailed, (state, { error }) => ({ ...state, loading: false, error })),
    on(HomePageActions.figuresOpened, (state) => ({
      ...state,
      figures: null,
      figuresLoading: true,
      figuresError: null,
      needsChoice: false,
    })),
    on(HomeApiActions.figuresLoaded, (state, { figures }) => ({
      ...state,
      figures,
      figuresLoading: false,
    })),
    on(HomeApiActions.noProgrammeChosen, (state) => ({
      ...state,
      figuresLoading: false,
      needsChoice: true,
    })),
    on(HomeApiActions.figuresFailed, (state, { error }) => ({
      ...state,
      figuresLoading: false,
      figuresError: error,
    })),
  ),
});
