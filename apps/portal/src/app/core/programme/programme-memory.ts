import { Injectable } from '@angular/core';

const KEY = 'attune.programme:';

/**
 * The programme each user chose last, in this browser (localStorage, keyed by
 * the signed-in user's email), so that a page without a programme in its
 * address opens that one. Only an id is kept: nothing identifying a family.
 */
@Injectable({ providedIn: 'root' })
export class ProgrammeMemory {
  recall(email: string): string | null {
    try {
      return localStorage.getItem(KEY + email);
    } catch {
      return null; // storage refused (private mode, quota): nothing remembered
    }
  }

  remember(email: string, programmeId: string): void {
    try {
      localStorage.setItem(KEY + email, programmeId);
    } catch {
      // Not remembering is harmless: the user is asked again next time.
    }
  }
}
