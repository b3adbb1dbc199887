import { DOCUMENT, Injectable, inject } from '@angular/core';

const KEY = 'attune.signedIn';

/**
 * Remembers (not secretly: the session itself is an HttpOnly cookie the page
 * cannot read) that this browser signed in. Without it, a visitor who never
 * signed in would be sent to the API's /me only to be told 401, which also puts
 * an error in the browser console. The server stays the only authority: the
 * hint merely decides whether asking is worthwhile.
 */
@Injectable({ providedIn: 'root' })
export class SessionHint {
  private readonly storage = inject(DOCUMENT).defaultView?.localStorage ?? null;

  mayHaveSession(): boolean {
    try {
      return this.storage?.getItem(KEY) === '1';
    } catch {
      return true; // storage blocked: ask the server
    }
  }

  remember(): void {
    try {
      this.storage?.setItem(KEY, '1');
    } catch {
      // storage blocked: the server is asked every time instead
    }
  }

  forget(): void {
    try {
      this.storage?.removeItem(KEY);
    } catch {
      // nothing to forget
    }
  }
}
