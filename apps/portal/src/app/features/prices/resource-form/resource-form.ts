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
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  BEARERS,
  COST_TYPES,
  RESOURCE_CATEGORIES,
  resourceDateProblem,
  resourceWindow,
  type Bearer,
  type CostType,
  type ResourceCategory,
} from '@attune/domain';
import { debounceTime } from 'rxjs';
import { isRequired } from '../../../core/forms/validators';
import { yearBetween } from '../date-limits';
import { fieldError, sentenceOf } from '../form-errors';
import { normalisePounds, POUNDS_TYPED } from '../money-text';
import { PreviewLine } from '../preview-line/preview-line';
import { FieldProblem, PricePreview, ResourceInput, ResourceView } from '../prices.models';
import { PREVIEW_DELAY_MS } from '../unit-cost-form/unit-cost-form';

const QUANTITY = /^\d{1,9}(\.\d{1,3})?$/;

/** What a resource's date must fall within: the programme's dates and today. */
export interface ResourceDates {
  startDate: string;
  deliveryEnd: string;
  today: string;
}

type Field =
  | 'description'
  | 'category'
  | 'laCode'
  | 'costType'
  | 'quantity'
  | 'unitCost'
  | 'priceYear'
  | 'usefulLifeYears'
  | 'bearer'
  | 'date';

const LABELS: Record<Field, string> = {
  description: 'description',
  category: 'category',
  laCode: 'LA code',
  costType: 'cost type',
  quantity: 'quantity',
  unitCost: 'unit cost in pounds',
  priceYear: 'price year',
  usefulLifeYears: 'useful life in years',
  bearer: 'who bears the cost',
  date: 'date',
};

/** A resource (DESIGN.md) to add or edit; each valid state is priced by a dry run before Save. */
@Component({
  selector: 'att-resource-form',
  imports: [LabelPipe, MatDatepickerModule, ReactiveFormsModule, MatButtonModule, PreviewLine],
  templateUrl: './resource-form.html',
  styleUrl: '../prices-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResourceForm {
  readonly editing = input<ResourceView | null>(null);
  /** The programme's dates: a resource may predate the start by a year, not pass delivery end or today. */
  readonly dates = input<ResourceDates | null>(null);
  readonly problems = input<readonly FieldProblem[]>([]);
  readonly preview = input<PricePreview | null>(null);
  readonly previewing = input(false);
  readonly busy = input(false);
  readonly changed = output<ResourceInput | null>();
  readonly submitted = output<ResourceInput>();
  readonly cancelled = output<void>();

  readonly categories = RESOURCE_CATEGORIES;
  readonly costTypes = COST_TYPES;
  readonly bearers = BEARERS;
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly fb = inject(FormBuilder).nonNullable;
  readonly form = this.fb.group({
    description: ['', [isRequired, Validators.maxLength(300)]],
    category: this.fb.control<ResourceCategory | ''>('', isRequired),
    laCode: ['', Validators.maxLength(20)],
    costType: this.fb.control<CostType>('recurring'),
    quantity: [
      '1',
      [
        isRequired,
        pattern(QUANTITY, 'The quantity must be a number with at most three decimals, like 12.5.'),
      ],
    ],
    unitCost: [
      '',
      [
        isRequired,
        pattern(
          POUNDS_TYPED,
          'Enter pounds with at most two decimals, like 450.00 (no £ sign or commas).',
        ),
      ],
    ],
    priceYear: ['', [isRequired, yearBetween('priceYear')]],
    usefulLifeYears: [
      '1',
      [
        isRequired,
        pattern(/^(100|[1-9]\d?)$/, 'The useful life must be whole years from 1 to 100.'),
      ],
    ],
    bearer: this.fb.control<Bearer>('provider'),
    date: ['', [isRequired, (c: AbstractControl) => this.inWindow(c)]],
  });

  constructor() {
    // Opening the form takes the keyboard (and a screen reader) to it.
    afterNextRender(() => this.heading()?.nativeElement.focus());
    effect(() => {
      const r = this.editing();
      this.form.reset({
        description: r?.description ?? '',
        category: r?.category ?? '',
        laCode: r?.laCode ?? '',
        costType: r?.costType ?? 'recurring',
        quantity: r?.quantity ?? '1',
        unitCost: r?.unitCost ?? '',
        priceYear: r ? String(r.priceYear) : '',
        usefulLifeYears: r ? String(r.usefulLifeYears) : '1',
        bearer: r?.bearer ?? 'provider',
        date: r?.date ?? '',
      });
    });
    // The programme's dates arriving re-check a date already typed.
    effect(() => {
      this.dates();
      this.form.controls.date.updateValueAndValidity();
    });
    this.form.valueChanges
      .pipe(debounceTime(PREVIEW_DELAY_MS), takeUntilDestroyed())
      .subscribe(() => this.changed.emit(this.value()));
  }

  /** The window of a resource's date, for the date input's min and max. */
  window() {
    const d = this.dates();
    return d ? resourceWindow(d, d.today) : null;
  }

  private inWindow(control: AbstractControl): ValidationErrors | null {
    const d = this.dates?.();
    const date = control.value as string;
    if (!d || !date) return null;
    const problem = resourceDateProblem(date, d, d.today);
    return problem ? { window: `The date ${problem}.` } : null;
  }

  value(): ResourceInput | null {
    if (this.form.invalid) return null;
    const v = this.form.getRawValue();
    return {
      description: v.description.trim(),
      category: v.category as ResourceCategory,
      laCode: v.laCode.trim() || null,
      costType: v.costType,
      quantity: v.quantity.trim(),
      unitCost: normalisePounds(v.unitCost)!,
      priceYear: Number(v.priceYear),
      usefulLifeYears: Number(v.usefulLifeYears),
      bearer: v.bearer,
      date: v.date,
    };
  }

  error(field: Field): string | null {
    return fieldError(this.form.controls[field], this.problems(), field, (e) =>
      e['required']
        ? `Enter the ${LABELS[field]}.`
        : e['maxlength']
          ? `The ${LABELS[field]} is too long.`
          : (sentenceOf(e) ?? `Check the ${LABELS[field]}.`),
    );
  }

  submit(): void {
    this.form.markAllAsTouched();
    const value = this.value();
    if (value) this.submitted.emit(value);
  }
}

function pattern(re: RegExp, sentence: string) {
  return (control: AbstractControl): ValidationErrors | null => {
    const text = String(control.value ?? '').trim();
    return !text || re.test(text) ? null : { pattern: sentence };
  };
}
