import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FieldProblem } from './delivery.models';

/** A page's announcements: loading, what was saved, what went wrong. */
@Component({
  selector: 'att-page-status',
  template: `
    <div aria-live="polite" role="status">
      @if (message(); as text) {
        <p class="message">{{ text }}</p>
      }
      @for (w of warnings(); track w) {
        <p class="warning"><span aria-hidden="true">⚠ </span>{{ w }}</p>
      }
    </div>
    <div aria-live="assertive">
      @if (saveError(); as text) {
        @if (problems().length === 0) {
          <p class="error-text" data-testid="save-error">{{ text }}</p>
        }
      }
    </div>
    @if (loadError(); as text) {
      <p class="error-text" role="alert">{{ text }}</p>
    }
    @if (loading()) {
      <p class="loading" aria-live="polite">Loading…</p>
    }
  `,
  styles: `
    .warning {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PageStatus {
  readonly message = input<string | null>(null);
  readonly warnings = input<readonly string[]>([]);
  readonly saveError = input<string | null>(null);
  readonly problems = input<readonly FieldProblem[]>([]);
  readonly loadError = input<string | null>(null);
  readonly loading = input(false);
}
