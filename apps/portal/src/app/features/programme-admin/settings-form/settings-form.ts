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
import {
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type ValidatorFn,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { sensitivityProblems } from '@attune/domain';
import type { FieldProblem, ProgrammeView, UpdateProgrammeRequest } from '@attune/contract';
import type { RuleSetChoice } from '../settings/settings.actions';
import { dateFieldProblem } from '../../../core/forms/date-window';
import { isRequired } from '../../../core/forms/validators';

type Key = Exclude<keyof UpdateProgrammeRequest, 'version'>;
type Kind = 'text' | 'date' | 'int' | 'decimal' | 'ruleSet';

interface FieldSpec {
  key: Key;
  label: string;
  kind: Kind;
  /** May be left empty (sent as null). */
  optional?: true;
  pattern?: RegExp;
  /** Shown under the field, and named again when the value does not fit. */
  hint?: string;
}

/** Every field PATCH /api/programmes/:id takes, in the order the form shows them. */
export const SETTINGS_FIELDS: readonly FieldSpec[] = [
  { key: 'name', label: 'Name', kind: 'text' },
  { key: 'funder', label: 'Funder', kind: 'text' },
  { key: 'provider', label: 'Provider', kind: 'text' },
  { key: 'startDate', label: 'Start date', kind: 'date' },
  { key: 'intakeStart', label: 'Intake start', kind: 'date' },
  { key: 'intakeEnd', label: 'Intake end', kind: 'date' },
  { key: 'deliveryEnd', label: 'Delivery end', kind: 'date' },
  { key: 'reportDue', label: 'Report due', kind: 'date', optional: true },
  { key: 'minFamiliesPerPractitioner', label: 'Minimum families per practitioner', kind: 'int' },
  { key: 'minSessionsPerFamily', label: 'Minimum sessions per family', kind: 'int' },
  { key: 'cyclesPerFamily', label: 'Cycles per family', kind: 'int' },
  {
    key: 'targetPractitionerCount',
    label: 'Target number of practitioners',
    kind: 'int',
    optional: true,
  },
  { key: 'priceYear', label: 'Price year', kind: 'int', pattern: /^\d{4}$/, hint: 'e.g. 2021' },
  {
    key: 'discountRate',
    label: 'Discount rate',
    kind: 'decimal',
    pattern: /^0(\.\d{1,6})?$/,
    hint: 'A fraction below 1, e.g. 0.035',
  },
  { key: 'sensitivityLow', label: 'Sensitivity, low factor', kind: 'decimal', hint: 'e.g. 0.8' },
  { key: 'sensitivityHigh', label: 'Sensitivity, high factor', kind: 'decimal', hint: 'e.g. 1.2' },
  { key: 'ruleSet', label: 'Rule set in force', kind: 'ruleSet' },
];

const INT = /^\d{1,5}$/;

function validatorsFor(spec: FieldSpec): ValidatorFn[] {
  const v: ValidatorFn[] = spec.optional ? [] : [isRequired];
  if (spec.kind === 'int') v.push(Validators.pattern(spec.pattern ?? INT));
  else if (spec.pattern) v.push(Validators.pattern(spec.pattern));
  if (spec.kind === 'text') v.push(Validators.maxLength(200));
  return v;
}

/** A datepicker's control is null while its text is no date: that is no change (and the form is invalid). */
function controlText(control: FormControl<string>): string {
  return (control.value ?? '').trim();
}

/** A field's hint and problem, as its aria-describedby. */
function describedBy(spec: FieldSpec, hasError: boolean): string | null {
  const ids = [
    spec.hint ? `settings-${spec.key}-hint` : '',
    hasError ? `settings-${spec.key}-error` : '',
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : null;
}

function asText(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Every setting of the programme; sends only what changed, with the version read. */
@Component({
  selector: 'att-settings-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatDatepickerModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="settings-form">
      @for (f of fields; track f.key) {
        <!-- One grid cell per field: its hint and problem sit under it. -->
        <div class="field">
          @if (f.kind === 'date') {
            <!-- Material's datepicker in UK dates (core/forms/uk-date-adapter): DD/MM/YYYY, sent as ISO. -->
            <span class="att-date-field"
              ><label
                >{{ f.label }}
                <input
                  [matDatepicker]="picker"
                  placeholder="DD/MM/YYYY"
                  [formControlName]="f.key"
                  [attr.data-field]="f.key"
                  [required]="!f.optional"
                  [attr.aria-invalid]="error(f.key) ? 'true' : null"
                  [attr.aria-describedby]="describedBy(f, !!error(f.key))" /></label
              ><mat-datepicker-toggle
                [for]="picker"
                [aria-label]="
                  'Choose the ' + f.label.toLowerCase() + ' from a calendar'
                " /><mat-datepicker #picker
            /></span>
          } @else if (f.kind === 'ruleSet') {
            <label
              >{{ f.label }}
              <select
                [formControlName]="f.key"
                [attr.data-field]="f.key"
                required
                [attr.aria-invalid]="error(f.key) ? 'true' : null"
                [attr.aria-describedby]="describedBy(f, !!error(f.key))"
              >
                @for (r of ruleSetChoices(); track r.code) {
                  <option [value]="r.code">{{ r.name }} ({{ r.code }})</option>
                }
              </select></label
            >
          } @else {
            <label
              >{{ f.label }}
              <input
                type="text"
                [attr.inputmode]="
                  f.kind === 'int' ? 'numeric' : f.kind === 'decimal' ? 'decimal' : null
                "
                [formControlName]="f.key"
                [attr.data-field]="f.key"
                [required]="!f.optional"
                [attr.aria-invalid]="error(f.key) ? 'true' : null"
                [attr.aria-describedby]="describedBy(f, !!error(f.key))"
            /></label>
          }
          @if (f.hint) {
            <p class="hint" [id]="'settings-' + f.key + '-hint'">{{ f.hint }}</p>
          }
          @if (error(f.key); as text) {
            <p class="error-text" [id]="'settings-' + f.key + '-error'">{{ text }}</p>
          }
        </div>
      }
      <button mat-flat-button type="submit" [disabled]="busy() || !changed()">Save settings</button>
    </form>
  `,
  styles: `
    form {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: 8px 16px;
      align-items: start;
    }
    label,
    .field {
      display: grid;
      gap: 2px;
    }
    .hint {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    button {
      grid-column: 1 / -1;
      justify-self: start;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SettingsForm {
  readonly programme = input.required<ProgrammeView>();
  readonly busy = input(false);
  readonly problems = input<readonly FieldProblem[]>([]);
  /** The programme's rule sets (presets and copies), for "Rule set in force". */
  readonly ruleSets = input<readonly RuleSetChoice[]>([]);
  readonly submitted = output<UpdateProgrammeRequest>();

  readonly fields = SETTINGS_FIELDS;
  readonly describedBy = describedBy;
  /** The rule sets to choose from; the one in force stays offered even if the list is not there. */
  readonly ruleSetChoices = computed(() => {
    const current = this.programme().ruleSet;
    const list = this.ruleSets();
    return list.some((r) => r.code === current)
      ? list
      : [{ code: current, name: current }, ...list];
  });
  private readonly fb = inject(NonNullableFormBuilder);
  readonly form = new FormGroup(
    Object.fromEntries(
      SETTINGS_FIELDS.map((f) => [f.key, this.fb.control('', validatorsFor(f))]),
    ) as Record<Key, FormControl<string>>,
  );
  private readonly value = toSignal(this.form.valueChanges);
  /** The fields whose text differs from the programme's. */
  readonly changes = computed(() => {
    this.value();
    const programme = this.programme();
    return SETTINGS_FIELDS.filter(
      (f) => controlText(this.form.controls[f.key]) !== asText(programme[f.key]),
    );
  });
  readonly changed = computed(() => this.changes().length > 0);
  /** The domain's rule for the factors (0 < low < 1 < high <= 10), as you type. */
  private readonly factorProblems = computed(() => {
    this.value();
    const v = this.form.getRawValue();
    return sensitivityProblems((v.sensitivityLow ?? '').trim(), (v.sensitivityHigh ?? '').trim());
  });

  constructor() {
    effect(() => {
      const programme = this.programme();
      untracked(() =>
        this.form.reset(
          Object.fromEntries(
            SETTINGS_FIELDS.map((f) => [f.key, asText(programme[f.key])]),
          ) as Record<Key, string>,
        ),
      );
    });
  }

  error(key: Key): string | null {
    this.value();
    const control = this.form.controls[key];
    const spec = SETTINGS_FIELDS.find((f) => f.key === key)!;
    if (control.dirty || control.touched) {
      if (control.hasError('matDatepickerParse'))
        return `${dateFieldProblem(spec.label, control.errors)}.`;
      if (control.hasError('required')) return `Enter the ${spec.label.toLowerCase()}.`;
      if (control.hasError('pattern'))
        return spec.kind === 'int' && !spec.hint
          ? 'A whole number.'
          : `Not a valid value${spec.hint ? ` (${spec.hint})` : ''}.`;
      if (control.hasError('maxlength')) return 'At most 200 characters.';
      const factor = this.factorProblems().find((p) => p.field === key);
      if (factor) return `The factor ${factor.problem}.`;
    }
    return this.problems().find((p) => p.field === key)?.problem ?? null;
  }

  submit(): void {
    this.form.markAllAsTouched();
    if (this.busy() || this.form.invalid || this.factorProblems().length > 0) return;
    const change: UpdateProgrammeRequest = { version: this.programme().version };
    const target = change as unknown as Record<string, unknown>;
    for (const f of this.changes()) {
      const text = controlText(this.form.controls[f.key]);
      target[f.key] = text === '' && f.optional ? null : f.kind === 'int' ? Number(text) : text;
    }
    this.submitted.emit(change);
  }
}
