import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ImportRefusal } from '../programmes.models';
import { ScrollRegion } from '../../../core/layout/scroll-region';

/** Why a package was refused: every problem listed (up to the server's cap) as file, line, column. */
@Component({
  selector: 'att-import-refusal',
  imports: [ScrollRegion],
  templateUrl: './import-refusal.html',
  styleUrl: './import-refusal.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportRefusalTable {
  readonly refusal = input.required<ImportRefusal>();
  readonly fileName = input('');
  /** The server lists only the first problems when there are many, and counts them all. */
  readonly capped = computed(() => this.refusal().total > this.refusal().errors.length);
}
