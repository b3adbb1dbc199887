import { DOCUMENT, Injectable, inject, signal } from '@angular/core';

/** The width below which the portal lays itself out for a phone (styles.scss uses the same). */
export const PHONE_QUERY = '(max-width: 599.98px)';

/**
 * Whether the window is phone-sized now, for what CSS cannot change (an SVG
 * chart's layout). Follows the window as it is resized or turned.
 */
@Injectable({ providedIn: 'root' })
export class PhoneWidth {
  private readonly query = inject(DOCUMENT).defaultView?.matchMedia?.(PHONE_QUERY);
  private readonly state = signal(this.query?.matches ?? false);
  readonly matches = this.state.asReadonly();

  constructor() {
    // The service lives as long as the app: its listener needs no removal.
    this.query?.addEventListener('change', (event) => this.state.set(event.matches));
  }
}
