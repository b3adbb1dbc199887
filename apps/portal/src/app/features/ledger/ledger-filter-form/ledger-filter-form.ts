import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { LEDGER_FILTER_FIELDS } from '@attune/domain';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { dateFieldProblem } from '../../../core/forms/date-window';
import { filterProblems } from '../ledger-query';
import {
  EMPTY_LEDGER_FILTER,
  FILTER_LABELS,
  LedgerFilterField,
  LedgerFilterText,
} from '../ledger.models';

const HINTS: Readonly<Record<LedgerFilterField, string>> = {
  laCode: 'Codes, comma-separated; "programme" for programme-wide',
  activity: 'e.g. travel,preparation',
  source: 'family_session, supervision_session, training_event, time_entry, resource',
  staffCode: 'e.g. P-LA1-01',
  familyReference: 'Comma-separated',
  costType: 'setup or recurring',
  from: 'Inclusive',
  to: 'Inclusive',
  month: 'YYYY-MM, comma-separated',
  notStarted: 'never_started, moved_away, …: families that never started',
  familyLaCode: 'With "never started": the family\'s LA',
};

const DATE_FIELDS = ['from', 'to'] as const;

/** Fields a datepicker left null (text that is no date) read as empty for the API's own rule. */
function withoutNulls(value: Partial<Record<LedgerFilterField, string | null>>) {
  return Object.fromEntries(
    Object.entries(value).map(([field, v]) => [field, v ?? '']),
  ) as Partial<LedgerFilterText>;
}

/** The ledger's filter: checked as you type by the API's own rule, each problem at its field. */
@Component({
  selector: 'att-ledger-filter-form',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatDatepickerModule,
    MatButtonModule,
  ],
  templateUrl: './ledger-filter-form.html',
  styleUrl: './ledger-filter-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LedgerFilterForm {
  /** The filter in force (from the address bar). */
  readonly filter = input.required<LedgerFilterText>();
  /** The server's problem at each field, after it refused a filter. */
  readonly serverErrors = input<Record<string, string>>({});
  readonly apply = output<LedgerFilterText>();

  readonly fields = LEDGER_FILTER_FIELDS;
  readonly labels = FILTER_LABELS;
  readonly hints = HINTS;
  readonly form = inject(NonNullableFormBuilder).group({ ...EMPTY_LEDGER_FILTER });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: EMPTY_LEDGER_FILTER });
  private readonly typedProblems = computed(() => {
    const value = this.value();
    const problems: Partial<Record<LedgerFilterField, string>> = filterProblems({
      ...EMPTY_LEDGER_FILTER,
      ...withoutNulls(value),
    });
    // A datepicker holds null for text that is no date: say so at the field, not nothing.
    for (const field of DATE_FIELDS) {
      const typed = dateFieldProblem(this.labels[field], this.form.controls[field].errors);
      if (typed) problems[field] = typed;
    }
    return problems;
  });

  constructor() {
    // Back, forward or a figure's link change the filter in force: the form follows.
    effect(() => {
      const filter = this.filter();
      untracked(() => this.form.setValue({ ...filter }));
    });
  }

  problem(field: LedgerFilterField): string | null {
    return this.typedProblems()[field] ?? this.serverErrors()[field] ?? null;
  }

  isDate(field: LedgerFilterField): boolean {
    return (DATE_FIELDS as readonly string[]).includes(field);
  }

  submit(): void {
    if (Object.keys(this.typedProblems()).length > 0) return;
    const value = this.form.getRawValue();
    const out = { ...EMPTY_LEDGER_FILTER };
    for (const f of LEDGER_FILTER_FIELDS) out[f] = (value[f] ?? '').trim();
    this.apply.emit(out);
  }

  clear(): void {
    this.form.setValue({ ...EMPTY_LEDGER_FILTER });
    this.apply.emit({ ...EMPTY_LEDGER_FILTER });
  }
}
