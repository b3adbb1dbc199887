import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { changeRows } from '../audit-change.model';
import { ScrollRegion } from '../../../core/layout/scroll-region';

/** An audit event's before/after, field by field, with what changed marked in words. */
@Component({
  selector: 'att-audit-change',
  imports: [ScrollRegion],
  templateUrl: './audit-change.html',
  styleUrl: './audit-change.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditChange {
  readonly before = input<unknown>(null);
  readonly after = input<unknown>(null);
  readonly rows = computed(() => changeRows(this.before(), this.after()));
}
