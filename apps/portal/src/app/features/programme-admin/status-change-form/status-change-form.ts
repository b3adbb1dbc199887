import { valueLabel } from '@attune/domain';
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
import { MatButtonModule } from '@angular/material/button';
import {
  checkPractitionerStatusChange,
  PRACTITIONER_STATUS_REASONS,
  PRACTITIONER_TRANSITIONS,
  type PractitionerStatus,
  type PractitionerStatusReason,
} from '@attune/domain';
import type { FieldProblem, PractitionerView, UpdatePractitionerRequest } from '@attune/contract';
import { UkDatePipe } from '../../../core/format/uk-date';
import { LabelPipe } from '../../../core/format/words';

/**
 * Pauses, withdraws or brings back a practitioner, with the date and reason,
 * checked as you type by the domain's rules; a withdrawal is confirmed first.
 */
@Component({
  selector: 'att-status-change-form',
  imports: [MatDatepickerModule, ReactiveFormsModule, MatButtonModule, UkDatePipe, LabelPipe],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="status-form">
      <p>
        {{ practitioner().code }} is <strong>{{ practitioner().status | label }}</strong>.
      </p>
      <label
        >New status
        <select formControlName="status">
          @for (s of allowed(); track s) {
            <option [value]="s">{{ s }}</option>
          }
        </select></label
      >
      <span class="att-date-field"
        ><label
          >Date it takes effect
          <input
            [matDatepicker]="statusPicker"
            placeholder="DD/MM/YYYY"
            formControlName="statusDate"
            required
            [max]="today()"
            [attr.aria-invalid]="error('statusDate') ? 'true' : null"
            [attr.aria-describedby]="error('statusDate') ? 'status-date-error' : null" /></label
        ><mat-datepicker-toggle
          [for]="statusPicker"
          [aria-label]="'Choose the date it takes effect from a calendar'" /><mat-datepicker
          #statusPicker
      /></span>
      @if (error('statusDate'); as text) {
        <p id="status-date-error" class="error-text">{{ text }}</p>
      }
      @if (form.controls.status.value !== 'active') {
        <label
          >Reason
          <select
            formControlName="statusReason"
            required
            [attr.aria-invalid]="error('statusReason') ? 'true' : null"
            [attr.aria-describedby]="error('statusReason') ? 'status-reason-error' : null"
          >
            <option value="">Choose…</option>
            @for (r of reasons; track r) {
              <option [value]="r">{{ valueLabel(r) }}</option>
            }
          </select></label
        >
        @if (error('statusReason'); as text) {
          <p id="status-reason-error" class="error-text">{{ text }}</p>
        }
      }
      @if (serverProblem('status'); as text) {
        <p class="error-text">{{ text }}</p>
      }
      @if (confirming()) {
        <div role="alertdialog" aria-labelledby="withdraw-q" class="confirm">
          <p id="withdraw-q">
            Withdraw {{ practitioner().code }} from {{ form.controls.statusDate.value | ukDate }}?
            Their sessions and time are kept; their open families will need another practitioner.
          </p>
          <button mat-flat-button type="button" (click)="confirm()" [disabled]="busy()">
            Confirm withdrawal
          </button>
          <button mat-button type="button" (click)="confirming.set(false)">Cancel</button>
        </div>
      } @else {
        <div class="buttons">
          <button mat-flat-button type="submit" [disabled]="busy()">Change status</button>
          <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
        </div>
      }
    </form>
  `,
  styles: `
    form {
      display: grid;
      gap: 8px;
      max-width: 28rem;
    }
    label {
      display: grid;
      gap: 2px;
    }
    .buttons,
    .confirm {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      align-items: center;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChangeForm {
  readonly valueLabel = valueLabel;
  readonly practitioner = input.required<PractitionerView>();
  readonly today = input.required<string>();
  readonly busy = input(false);
  readonly problems = input<readonly FieldProblem[]>([]);
  readonly submitted = output<{ code: string; change: UpdatePractitionerRequest }>();
  readonly cancelled = output<void>();

  readonly reasons = PRACTITIONER_STATUS_REASONS;
  readonly allowed = computed(() => PRACTITIONER_TRANSITIONS[this.practitioner().status]);
  readonly confirming = signal(false);
  private readonly fb = inject(NonNullableFormBuilder);
  readonly form = this.fb.group({
    status: this.fb.control<PractitionerStatus | ''>(''),
    statusDate: [''],
    statusReason: this.fb.control<PractitionerStatusReason | ''>(''),
  });
  private readonly value = toSignal(this.form.valueChanges);
  /** Sent once: the fields show the domain's problems from then on, typed in or not. */
  private readonly tried = signal(false);

  constructor() {
    effect(() => {
      const p = this.practitioner();
      untracked(() => {
        this.form.reset({
          status: PRACTITIONER_TRANSITIONS[p.status][0] ?? '',
          statusDate: this.today(),
          statusReason: '',
        });
        this.confirming.set(false);
        this.tried.set(false);
      });
    });
  }

  /** The domain's problems with the change as it stands. */
  private readonly domainProblems = computed(() => {
    this.value();
    const v = this.form.getRawValue();
    if (v.status === '') return [];
    const check = checkPractitionerStatusChange(
      this.practitioner(),
      { status: v.status, date: v.statusDate || null, reason: v.statusReason || null },
      this.today(),
    );
    if (check.ok) return [];
    return check.kind === 'fields' ? check.problems : [{ field: 'status', problem: check.problem }];
  });

  serverProblem(field: string): string | null {
    return this.problems().find((p) => p.field === field)?.problem ?? null;
  }

  error(field: 'statusDate' | 'statusReason'): string | null {
    const control = this.form.controls[field];
    const own = this.domainProblems().find((p) => p.field === field);
    if (own && (this.tried() || control.dirty))
      return `${field === 'statusDate' ? 'Date' : 'Reason'} ${own.problem}.`;
    return this.serverProblem(field);
  }

  submit(): void {
    this.tried.set(true);
    if (this.busy() || this.domainProblems().length > 0) return;
    if (this.form.controls.status.value === 'withdrawn') this.confirming.set(true);
    else this.send();
  }

  confirm(): void {
    this.confirming.set(false);
    this.send();
  }

  private send(): void {
    const v = this.form.getRawValue();
    if (v.status === '') return;
    const p = this.practitioner();
    this.submitted.emit({
      code: p.code,
      change: {
        version: p.version,
        status: v.status,
        statusDate: v.statusDate,
        statusReason: v.status === 'active' ? null : v.statusReason || null,
      },
    });
  }
}
