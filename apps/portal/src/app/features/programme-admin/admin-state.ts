import { HttpErrorResponse } from '@angular/common/http';
import type { FieldProblem } from '@attune/contract';
import { describeApiError } from '../../core/api/api-error';

export { dispatchOnOpen } from '../../core/store/dispatch-on-open';

/** What each admin page keeps about its own requests. */
export interface AdminRequestState {
  programmeId: string | null;
  loading: boolean;
  loadError: string | null;
  saving: boolean;
  saveError: string | null;
  /** A 400's problems by field, shown at the fields of the form that was sent. */
  problems: FieldProblem[];
  /** The last change that worked, announced. */
  message: string | null;
  /** Bumped on each successful save so a form knows to clear itself. */
  saved: number;
}

export const initialRequestState: AdminRequestState = {
  programmeId: null,
  loading: false,
  loadError: null,
  saving: false,
  saveError: null,
  problems: [],
  message: null,
  saved: 0,
};

export const loadStarted = <S extends AdminRequestState>(state: S, programmeId: string): S => ({
  ...state,
  programmeId,
  loading: true,
  loadError: null,
});

export const saveStarted = <S extends AdminRequestState>(state: S): S => ({
  ...state,
  saving: true,
  saveError: null,
  problems: [],
  message: null,
});

export const saveSucceeded = <S extends AdminRequestState>(state: S, message: string): S => ({
  ...state,
  saving: false,
  message,
  saved: state.saved + 1,
});

export const saveFailed = <S extends AdminRequestState>(
  state: S,
  { error, problems }: { error: string; problems: FieldProblem[] },
): S => ({ ...state, saving: false, saveError: error, problems });

/**
 * A failed save: the sentence, and the problems by field: a 400's, or a used
 * code's (409 `duplicate_code`, whose message starts `code: `), shown at the code.
 */
export function saveFailure(error: unknown, fallback: string) {
  const body =
    error instanceof HttpErrorResponse
      ? (error.error as { errors?: FieldProblem[]; code?: string; message?: unknown } | null)
      : null;
  let problems: FieldProblem[] = [];
  if (error instanceof HttpErrorResponse && error.status === 400 && Array.isArray(body?.errors))
    problems = body.errors;
  else if (body?.code === 'duplicate_code' && typeof body.message === 'string')
    problems = [{ field: 'code', problem: body.message.replace(/^code: /, '') }];
  return { error: describeApiError(error, fallback), problems };
}

/**
 * The message to show at a field: the form's own check once the field has been
 * typed in (or the form sent), else the server's problem there.
 */
export function fieldMessage(
  control: { errors: Record<string, unknown> | null; dirty: boolean; touched: boolean },
  messages: Record<string, string>,
  serverProblems: readonly FieldProblem[],
  field: string,
): string | null {
  if (control.errors && (control.dirty || control.touched)) {
    for (const [key, text] of Object.entries(messages)) if (key in control.errors) return text;
  }
  return serverProblems.find((p) => p.field === field)?.problem ?? null;
}
