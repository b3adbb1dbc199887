import { createFeature, createReducer, on } from '@ngrx/store';
import { PricesApiActions, PricesPageActions } from './prices.actions';
import {
  FieldProblem,
  PriceIndexView,
  PricePreview,
  ResourceView,
  UnitCostView,
} from './prices.models';

export interface PricesState {
  programmeId: string | null;
  unitCosts: UnitCostView[];
  priceIndex: PriceIndexView[];
  resources: ResourceView[];
  loading: boolean;
  loadError: string | null;
  /** The dry run of the change in the form: the total before and after. */
  preview: PricePreview | null;
  previewing: boolean;
  saving: boolean;
  /** Why the last save or dry run was refused, and its problems by field. */
  error: string | null;
  problems: FieldProblem[];
  message: string | null;
  /** Bumped on each save that worked, so the form knows to close. */
  saved: number;
}

export const initialPricesState: PricesState = {
  programmeId: null,
  unitCosts: [],
  priceIndex: [],
  resources: [],
  loading: false,
  loadError: null,
  preview: null,
  previewing: false,
  saving: false,
  error: null,
  problems: [],
  message: null,
  saved: 0,
};

const mine = (state: PricesState, programmeId: string) => state.programmeId === programmeId;

export const pricesFeature = createFeature({
  name: 'prices',
  reducer: createReducer(
    initialPricesState,
    on(PricesPageActions.opened, (state, { programmeId }) => ({
      // Another programme's prices must not stay on screen under this one's name.
      ...(mine(state, programmeId) ? state : initialPricesState),
      programmeId,
      loading: true,
      loadError: null,
      preview: null,
      error: null,
      problems: [],
    })),
    on(PricesApiActions.unitCostsLoaded, (state, { programmeId, items }) =>
      mine(state, programmeId) ? { ...state, unitCosts: items, loading: false } : state,
    ),
    on(PricesApiActions.priceIndexLoaded, (state, { programmeId, items }) =>
      mine(state, programmeId) ? { ...state, priceIndex: items, loading: false } : state,
    ),
    on(PricesApiActions.resourcesLoaded, (state, { programmeId, items }) =>
      mine(state, programmeId) ? { ...state, resources: items, loading: false } : state,
    ),
    on(PricesApiActions.loadFailed, (state, { programmeId, error }) =>
      mine(state, programmeId) ? { ...state, loading: false, loadError: error } : state,
    ),
    on(PricesPageActions.previewRequested, (state) => ({
      ...state,
      previewing: true,
      error: null,
      problems: [],
    })),
    on(PricesPageActions.previewCleared, (state) => ({
      ...state,
      preview: null,
      previewing: false,
      error: null,
      problems: [],
    })),
    on(PricesApiActions.previewLoaded, (state, { preview }) => ({
      ...state,
      preview,
      previewing: false,
    })),
    on(PricesApiActions.previewFailed, (state, { error, problems }) => ({
      ...state,
      preview: null,
      previewing: false,
      error,
      problems,
    })),
    on(PricesPageActions.saveRequested, (state) => ({
      ...state,
      saving: true,
      error: null,
      problems: [],
      message: null,
    })),
    on(PricesApiActions.saveSucceeded, (state, { message }) => ({
      ...state,
      saving: false,
      preview: null,
      message,
      saved: state.saved + 1,
    })),
    on(PricesApiActions.saveFailed, (state, { error, problems }) => ({
      ...state,
      saving: false,
      error,
      problems,
    })),
  ),
});
