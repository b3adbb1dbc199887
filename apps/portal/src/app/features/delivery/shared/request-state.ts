import { HttpErrorResponse } from '@angular/common/http';
import { describeApiError } from '../../../core/api/api-error';
import { FieldProblem } from '../delivery.models';

/**
 * What each delivery slice keeps about its own requests: every page area has
 * its own (one page loading never shows as another's "Loading…").
 */
export interface LoadState {
  loading: boolean;
  loadError: string | null;
}

export interface SaveState {
  saving: boolean;
  saveError: string | null;
  /** Problems by field, to show next to the fields of the form that was sent. */
  problems: FieldProblem[];
  /** The last change that worked, announced; with anything the person should know. */
  message: string | null;
  warnings: string[];
  /** Bumped on each successful save so a form knows to clear itself. */
  saved: number;
}

export const initialLoad: LoadState = { loading: false, loadError: null };

export const initialSave: SaveState = {
  saving: false,
  saveError: null,
  problems: [],
  message: null,
  warnings: [],
  saved: 0,
};

export const loadStarted = <S extends LoadState>(state: S): S => ({
  ...state,
  loading: true,
  loadError: null,
});

export const loadFailed = <S extends LoadState>(state: S, error: string): S => ({
  ...state,
  loading: false,
  loadError: error,
});

export const saveStarted = <S extends SaveState>(state: S): S => ({
  ...state,
  saving: true,
  saveError: null,
  problems: [],
  message: null,
  warnings: [],
});

export const saveSucceeded = <S extends SaveState>(
  state: S,
  message: string,
  warnings: string[],
): S => ({ ...state, saving: false, message, warnings, saved: state.saved + 1 });

export const saveFailed = <S extends SaveState>(
  state: S,
  error: string,
  problems: FieldProblem[],
): S => ({ ...state, saving: false, saveError: error, problems });

/** The problems by field of a 400 or 422 (`errors`), none for any other failure. */
export function problemsOf(error: unknown): FieldProblem[] {
  // 422 (outside the programme's window) has the same shape: a rule of the programme, at its field.
  if (!(error instanceof HttpErrorResponse) || (error.status !== 400 && error.status !== 422))
    return [];
  const body = error.error as { errors?: FieldProblem[] } | null;
  return Array.isArray(body?.errors) ? body.errors : [];
}

/** A failed save, as the props of a slice's `Save Failed` action. */
export function saveFailure(error: unknown, fallback: string) {
  return { error: describeApiError(error, fallback), problems: problemsOf(error) };
}

export { dispatchOnOpen } from '../../../core/store/dispatch-on-open';

/** Today, `YYYY-MM-DD` (UTC, like the server). */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** A CSV export of the API (a plain GET with the session cookie, so a link downloads it). */
export function exportHref(programmeId: string, path: string, query = ''): string {
  return `/api/programmes/${encodeURIComponent(programmeId)}/${path}${query ? `?${query}` : ''}`;
}
