import { SetMetadata } from '@nestjs/common';
import type { Action, Subject } from '@attune/domain';

export const AUTHORIZE = 'attune:authorize';

export interface Requirement {
  action: Action;
  subject: Subject;
}

/**
 * The permission a route needs. The global guard refuses a request without a
 * session (401) or without this permission (403); a route with neither this
 * nor @Public() is refused outright, so no route is open by accident.
 */
export const Authorize = (action: Action, subject: Subject) =>
  SetMetadata(AUTHORIZE, { action, subject } satisfies Requirement);
