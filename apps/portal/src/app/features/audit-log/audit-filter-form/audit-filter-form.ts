import { MatDatepickerModule } from '@angular/material/datepicker';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { AUDIT_ACTION_LABELS, auditActionLabel } from '@attune/domain';
import { AuditFilters, EMPTY_AUDIT_FILTERS, KNOWN_ENTITY_TYPES } from '../audit-log.models';

/** The known actions in words, alphabetically; each option sends its code, as the API filters. */
const ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS)
  .map(([code, label]) => ({ code, label }))
  .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));

function matching(options: readonly string[], typed: string): string[] {
  const needle = typed.trim().toLowerCase();
  return options.filter((option) => option.toLowerCase().includes(needle));
}

/** The audit log's filters. Shows the filters in force, and asks for new ones on "Apply". */
@Component({
  selector: 'att-audit-filter-form',
  imports: [
    MatDatepickerModule,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatAutocompleteModule,
    MatSelectModule,
    MatButtonModule,
  ],
  templateUrl: './audit-filter-form.html',
  styleUrl: './audit-filter-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditFilterForm {
  /** The filters in force (from the address bar). */
  readonly filters = input.required<AuditFilters>();
  readonly apply = output<AuditFilters>();

  readonly form = inject(NonNullableFormBuilder).group({ ...EMPTY_AUDIT_FILTERS });
  readonly dateError = signal<string | null>(null);

  private readonly entityText = toSignal(this.form.controls.entityType.valueChanges, {
    initialValue: '',
  });
  /** A code in the address that is not known (a newer action) is still offered, as itself. */
  readonly actionOptions = computed(() => {
    const { action } = this.filters();
    return action === '' || Object.hasOwn(AUDIT_ACTION_LABELS, action)
      ? ACTION_OPTIONS
      : [...ACTION_OPTIONS, { code: action, label: auditActionLabel(action) }];
  });
  readonly entityOptions = computed(() => matching(KNOWN_ENTITY_TYPES, this.entityText()));

  constructor() {
    // Back, forward or a shared link change the filters in force: the form follows.
    effect(() => {
      const { action, entityType, userEmail, from, to } = this.filters();
      untracked(() => {
        // Only the filters: the caller may pass the whole query (page included).
        this.form.setValue({ action, entityType, userEmail, from, to });
        this.dateError.set(null);
      });
    });
  }

  submit(): void {
    const value = this.form.getRawValue();
    if (value.from && value.to && value.from > value.to) {
      this.dateError.set('The "From" date must be on or before the "To" date.');
      return;
    }
    this.dateError.set(null);
    this.apply.emit({
      action: value.action.trim(),
      entityType: value.entityType.trim(),
      userEmail: value.userEmail.trim(),
      from: value.from,
      to: value.to,
    });
  }

  clear(): void {
    this.form.setValue({ ...EMPTY_AUDIT_FILTERS });
    this.dateError.set(null);
    this.apply.emit({ ...EMPTY_AUDIT_FILTERS });
  }
}
