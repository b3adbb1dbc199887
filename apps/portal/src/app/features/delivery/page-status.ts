import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FieldProblem, ProgrammeOption } from './delivery.models';

/** The programme chooser (when there are several) and the page's announcements. */
@Component({
  selector: 'att-page-status',
  template: `
    @if (programmes().length > 1) {
      <label class="programme"
        >Programme
        <select [value]="programmeId()" (change)="chosen.emit($any($event.target).value)">
          @for (p of programmes(); track p.id) {
            <option [value]="p.id">{{ p.name }}</option>
          }
        </select>
      </label>
    }
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
  readonly programmes = input<readonly ProgrammeOption[]>([]);
  readonly programmeId = input<string | null>(null);
  readonly message = input<string | null>(null);
  readonly warnings = input<readonly string[]>([]);
  readonly saveError = input<string | null>(null);
  readonly problems = input<readonly FieldProblem[]>([]);
  readonly loadError = input<string | null>(null);
  readonly loading = input(false);
  readonly chosen = output<string>();
}
