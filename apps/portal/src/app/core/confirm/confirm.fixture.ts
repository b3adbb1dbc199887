import { jest } from '@jest/globals';
import { Subject } from 'rxjs';
import { Confirm } from './confirm';

/**
 * A Confirm for specs: `provider` replaces the dialog, `ask` records each question, and the
 * spec answers it with `answer.next(true)` (confirmed) or `answer.next(false)`.
 */
export function fakeConfirm() {
  const answer = new Subject<boolean>();
  const ask = jest.fn((..._args: unknown[]) => answer);
  return { answer, ask, provider: { provide: Confirm, useValue: { ask } } };
}
