import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatPounds } from '../../cost-summary/money';
import { poundsDifference } from '../money-text';
import { PricePreview } from '../prices.models';

/**
 * What the change in the form would do to the cost summary's total, from the
 * API's dry run: "This change moves the total from £X to £Y". Announced
 * politely as it refreshes.
 */
@Component({
  selector: 'att-preview-line',
  template: `
    <p class="preview" role="status" aria-live="polite" data-testid="preview-line">
      @if (previewing()) {
        Working out what this change costs…
      } @else if (line(); as text) {
        {{ text }}
      }
    </p>
  `,
  styles: `
    .preview {
      font-weight: 600;
      min-height: 1.5em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PreviewLine {
  readonly preview = input<PricePreview | null>(null);
  readonly previewing = input(false);

  readonly line = computed((): string | null => {
    const p = this.preview();
    if (!p) return null;
    if (p.before === null || p.after === null)
      return p.problem ?? 'The total cannot be worked out.';
    const moves = `This change moves the total from ${formatPounds(p.before)} to ${formatPounds(p.after)}`;
    const by = poundsDifference(p.before, p.after);
    if (by === '0.00') return `${moves} (no change).`;
    const sign = by.startsWith('-') ? '−' : '+';
    return `${moves} (${sign}${formatPounds(by.replace(/^-/, ''))}).`;
  });
}
