import { valueLabel } from '@attune/domain';
import { MatDatepickerModule } from '@angular/material/datepicker';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { SESSION_OUTCOMES, type SessionOutcome } from '@attune/domain';
import { ukDate } from '../../../core/format/uk-date';
import { isRequired } from '../../../core/forms/validators';
import { FamilySessionView } from '../delivery.models';
import type { SessionChanges } from '../time.api';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { CardsOnPhone } from '../../../core/layout/cards-on-phone';

const MINUTES = [isRequired, Validators.min(0), Validators.max(1440)];

/**
 * A family's sessions, and correcting them: edit the date, outcome and
 * minutes, or delete (the container asks first). `canChange` says which rows
 * the server would let the viewer change; the server checks again.
 */
@Component({
  selector: 'att-family-sessions',
  imports: [CardsOnPhone, ScrollRegion, MatDatepickerModule, ReactiveFormsModule, MatButtonModule],
  templateUrl: './family-sessions.html',
  styleUrl: './family-sessions.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FamilySessions {
  readonly sessions = input.required<readonly FamilySessionView[]>();
  readonly canChange = input.required<(session: FamilySessionView) => boolean>();
  readonly busy = input(false);
  readonly today = input.required<string>();
  readonly caption = input('Sessions with this family');
  readonly changed = output<{ session: FamilySessionView; changes: SessionChanges }>();
  readonly remove = output<FamilySessionView>();

  readonly outcomes = SESSION_OUTCOMES;
  readonly editingId = signal<string | null>(null);
  readonly rows = computed(() =>
    this.sessions().map((s) => ({
      session: s,
      date: ukDate(s.date),
      changeable: this.canChange()(s),
    })),
  );
  private readonly fb = inject(FormBuilder).nonNullable;
  readonly form = this.fb.group({
    date: ['', [isRequired]],
    outcome: this.fb.control<SessionOutcome>('held'),
    contactMinutes: [0, MINUTES],
    travelMinutes: [0, MINUTES],
    prepMinutes: [0, MINUTES],
  });

  edit(s: FamilySessionView): void {
    this.editingId.set(s.id);
    this.form.reset({
      date: s.date,
      outcome: s.outcome,
      contactMinutes: s.contactMinutes,
      travelMinutes: s.travelMinutes,
      prepMinutes: s.prepMinutes,
    });
  }

  cancel(): void {
    this.editingId.set(null);
  }

  save(s: FamilySessionView): void {
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.changed.emit({
      session: s,
      changes: {
        date: v.date,
        type: s.type,
        cycle: s.cycle,
        outcome: v.outcome,
        contactMinutes: Number(v.contactMinutes),
        travelMinutes: Number(v.travelMinutes),
        prepMinutes: Number(v.prepMinutes),
      },
    });
    this.editingId.set(null);
  }

  readonly label = valueLabel;
}
