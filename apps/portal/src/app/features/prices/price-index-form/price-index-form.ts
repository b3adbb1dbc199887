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
import { debounceTime } from 'rxjs';
import { isRequired } from '../../../core/forms/validators';
import { yearBetween } from '../date-limits';
import { fieldError, sentenceOf } from '../form-errors';
import { PreviewLine } from '../preview-line/preview-line';
import { FieldProblem, PriceIndexView, PricePreview } from '../prices.models';
import { PREVIEW_DELAY_MS } from '../unit-cost-form/unit-cost-form';

/** As the API: a positive decimal, up to 12 digits either side of the point, kept as text. */
const INDEX = /^(?=.*[1-9])\d{1,12}(\.\d{1,12})?$/;

export interface PriceIndexEntry {
  year: number;
  index: string;
}

/** A year of the price index: set a new one, or change an existing year's index. */
@Component({
  selector: 'att-price-index-form',
  imports: [ReactiveFormsModule, MatButtonModule, PreviewLine],
  templateUrl: './price-index-form.html',
  styleUrl: '../prices-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PriceIndexForm {
  /** The year being changed; null sets a new year. */
  readonly editing = input<PriceIndexView | null>(null);
  readonly problems = input<readonly FieldProblem[]>([]);
  readonly preview = input<PricePreview | null>(null);
  readonly previewing = input(false);
  readonly busy = input(false);
  readonly changed = output<PriceIndexEntry | null>();
  readonly submitted = output<PriceIndexEntry>();
  readonly cancelled = output<void>();

  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly fb = inject(FormBuilder).nonNullable;
  readonly form = this.fb.group({
    year: ['', [isRequired, yearBetween('year')]],
    index: ['', [isRequired, (c: AbstractControl) => indexCheck(c)]],
  });

  constructor() {
    // Opening the form takes the keyboard (and a screen reader) to it.
    afterNextRender(() => this.heading()?.nativeElement.focus());
    effect(() => {
      const y = this.editing();
      this.form.reset({ year: y ? String(y.year) : '', index: y?.index ?? '' });
      if (y) this.form.controls.year.disable();
      else this.form.controls.year.enable();
    });
    this.form.valueChanges
      .pipe(debounceTime(PREVIEW_DELAY_MS), takeUntilDestroyed())
      .subscribe(() => this.changed.emit(this.value()));
  }

  value(): PriceIndexEntry | null {
    if (this.form.invalid) return null;
    const v = this.form.getRawValue();
    return { year: Number(v.year), index: v.index.trim() };
  }

  error(field: 'year' | 'index'): string | null {
    return fieldError(this.form.controls[field], this.problems(), field, (e) =>
      e['required'] ? `Enter the ${field}.` : (sentenceOf(e) ?? `Check the ${field}.`),
    );
  }

  submit(): void {
    this.form.markAllAsTouched();
    const value = this.value();
    if (value) this.submitted.emit(value);
  }
}

function indexCheck(control: AbstractControl): ValidationErrors | null {
  const text = String(control.value ?? '').trim();
  return !text || INDEX.test(text)
    ? null
    : { index: 'The index must be a number more than 0, like 102.5 (digits and one point).' };
}
