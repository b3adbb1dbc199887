import { LabelPipe } from '../../../core/format/words';
import { MatDatepickerModule } from '@angular/material/datepicker';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormBuilder,
  ReactiveFormsModule,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { COST_ROLES, UNIT_COST_BASES, type CostRole, type UnitCostBasis } from '@attune/domain';
import { debounceTime } from 'rxjs';
import { isRequired } from '../../../core/forms/validators';
import { dateBetween, EARLIEST_DATE, LATEST_DATE, yearBetween } from '../date-limits';
import { fieldError, problemAt, sentenceOf } from '../form-errors';
import { normalisePounds, POUNDS_TYPED } from '../money-text';
import { PreviewLine } from '../preview-line/preview-line';
import { FieldProblem, PricePreview, UnitCostInput, UnitCostView } from '../prices.models';

/** How long typing may pause before the change is priced by a dry run. */
export const PREVIEW_DELAY_MS = 400;

/** The period's own check: it may not end before it starts. */
function periodInOrder(group: AbstractControl): ValidationErrors | null {
  const from = group.get('effectiveFrom')?.value as string;
  const to = group.get('effectiveTo')?.value as string;
  return from && to && to < from
    ? { period: `effectiveTo ${to} is before effectiveFrom ${from}` }
    : null;
}

/**
 * A unit cost to add or edit. Checked as you type; each valid state is
 * priced by a dry run (the container's preview line) before Save.
 */
@Component({
  selector: 'att-unit-cost-form',
  imports: [LabelPipe, MatDatepickerModule, ReactiveFormsModule, MatButtonModule, PreviewLine],
  templateUrl: './unit-cost-form.html',
  styleUrl: '../prices-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitCostForm {
  /** The unit cost being edited; null adds one. */
  readonly editing = input<UnitCostView | null>(null);
  /** What a new one starts with (from the gaps panel's link). */
  readonly prefill = input<Partial<UnitCostInput> | null>(null);
  readonly problems = input<readonly FieldProblem[]>([]);
  readonly preview = input<PricePreview | null>(null);
  readonly previewing = input(false);
  readonly busy = input(false);
  readonly changed = output<UnitCostInput | null>();
  readonly submitted = output<UnitCostInput>();
  readonly cancelled = output<void>();

  readonly roles = COST_ROLES;
  readonly bases = UNIT_COST_BASES;
  readonly earliest = EARLIEST_DATE;
  readonly latest = LATEST_DATE;
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly fb = inject(FormBuilder).nonNullable;
  readonly form = this.fb.group(
    {
      costRole: this.fb.control<CostRole | ''>('', isRequired),
      hourlyCost: ['', [isRequired, (c: AbstractControl) => poundsCheck(c)]],
      priceYear: ['', [isRequired, yearBetween('priceYear')]],
      basis: this.fb.control<UnitCostBasis>('working_hour'),
      source: ['', [isRequired]],
      effectiveFrom: ['', dateBetween('effectiveFrom', EARLIEST_DATE, LATEST_DATE)],
      effectiveTo: ['', dateBetween('effectiveTo', EARLIEST_DATE, LATEST_DATE)],
    },
    { validators: periodInOrder },
  );

  constructor() {
    // Opening the form takes the keyboard (and a screen reader) to it.
    afterNextRender(() => this.heading()?.nativeElement.focus());
    effect(() => {
      const u = this.editing();
      const p = this.prefill();
      this.form.reset({
        costRole: u?.costRole ?? p?.costRole ?? '',
        hourlyCost: u?.hourlyCost ?? p?.hourlyCost ?? '',
        priceYear: String(u?.priceYear ?? p?.priceYear ?? ''),
        basis: u?.basis ?? p?.basis ?? 'working_hour',
        source: u?.source ?? p?.source ?? '',
        effectiveFrom: u?.effectiveFrom ?? p?.effectiveFrom ?? '',
        effectiveTo: u?.effectiveTo ?? p?.effectiveTo ?? '',
      });
    });
    this.form.valueChanges
      .pipe(debounceTime(PREVIEW_DELAY_MS), takeUntilDestroyed())
      .subscribe(() => this.changed.emit(this.value()));
  }

  /** The unit cost the form holds, as the API takes it; null while anything is wrong. */
  value(): UnitCostInput | null {
    if (this.form.invalid) return null;
    const v = this.form.getRawValue();
    return {
      costRole: v.costRole as CostRole,
      hourlyCost: normalisePounds(v.hourlyCost)!,
      priceYear: Number(v.priceYear),
      basis: v.basis,
      source: v.source.trim(),
      effectiveFrom: v.effectiveFrom || null,
      effectiveTo: v.effectiveTo || null,
    };
  }

  error(field: keyof typeof this.form.controls): string | null {
    return fieldError(this.form.controls[field], this.problems(), field, (e) =>
      e['required']
        ? `Enter the ${LABELS[field]}.`
        : (sentenceOf(e) ?? `Check the ${LABELS[field]}.`),
    );
  }

  /** The period as a whole: its order, or the server's overlap naming the other unit cost. */
  periodError(): string | null {
    const own = this.form.errors?.['period'] as string | undefined;
    return own ?? problemAt(this.problems(), 'period');
  }

  /** Ids of what describes a field: its own error, and the period's for the two dates. */
  describedBy(field: keyof typeof this.form.controls): string | null {
    const ids = [this.error(field) ? `uc-${field}-error` : null];
    if (field === 'effectiveFrom' || field === 'effectiveTo')
      ids.push(this.periodError() ? 'uc-period-error' : null);
    return ids.filter(Boolean).join(' ') || null;
  }

  submit(): void {
    this.form.markAllAsTouched();
    const value = this.value();
    if (value) this.submitted.emit(value);
  }
}

const LABELS: Record<string, string> = {
  costRole: 'cost role',
  hourlyCost: 'hourly cost in pounds',
  priceYear: 'price year',
  basis: 'basis',
  source: 'source',
  effectiveFrom: 'date it takes effect',
  effectiveTo: 'date it ends',
};

function poundsCheck(control: AbstractControl): ValidationErrors | null {
  const text = String(control.value ?? '').trim();
  return !text || POUNDS_TYPED.test(text)
    ? null
    : { pounds: 'Enter pounds with at most two decimals, like 45.50 (no £ sign or commas).' };
}
