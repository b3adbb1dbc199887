import { MatDatepickerModule } from '@angular/material/datepicker';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { isRequired } from '../../../core/forms/validators';
import { HeadingPipe, LabelPipe } from '../../../core/format/words';
import { MatButtonModule } from '@angular/material/button';
import { checkEligibility, REFERRAL_SOURCES, type Plan, type ReferralSource } from '@attune/domain';
import { FieldProblem, IneligibleReferralInput, Referral } from '../delivery.models';

/**
 * A referral with the eligibility rule checked as it is typed (the domain's
 * own checkEligibility: the server applies the same one), and the server's
 * problems shown next to their fields. Nothing here identifies a family:
 * the birth month only, never a name or a date of birth.
 */
@Component({
  selector: 'att-referral-form',
  imports: [MatDatepickerModule, ReactiveFormsModule, MatButtonModule, HeadingPipe, LabelPipe],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" aria-describedby="referral-eligibility">
      @if (askLa()) {
        <label>Local authority code <input formControlName="laCode" required /></label>
      }
      <span class="att-date-field"
        ><label
          >Referral date
          <input
            [matDatepicker]="referralPicker"
            placeholder="DD/MM/YYYY"
            formControlName="referralDate"
            required
            [attr.aria-invalid]="!!problem('referralDate')" /></label
        ><mat-datepicker-toggle
          [for]="referralPicker"
          [aria-label]="'Choose the referral date from a calendar'" /><mat-datepicker
          #referralPicker
      /></span>
      @if (problem('referralDate'); as p) {
        <p class="error-text" role="alert">{{ p }}</p>
      }
      <label
        >Child's birth month
        <input
          type="month"
          formControlName="childBirthMonth"
          required
          [attr.aria-invalid]="!!problem('childBirthMonth')"
      /></label>
      @if (problem('childBirthMonth'); as p) {
        <p class="error-text" role="alert">{{ p }}</p>
      }
      <label
        >Plan at referral
        <select formControlName="planAtReferral" [attr.aria-invalid]="!!problem('planAtReferral')">
          <option value="CiN">Child in Need (CiN)</option>
          <option value="CP">Child Protection (CP)</option>
          <option value="none">Neither</option>
        </select>
      </label>
      @if (problem('planAtReferral'); as p) {
        <p class="error-text" role="alert">{{ p }}</p>
      }
      <label
        >Referred by (optional)
        <select formControlName="referralSource" [attr.aria-invalid]="!!problem('referralSource')">
          <option value="">Not recorded</option>
          @for (source of referralSources; track source) {
            <option [value]="source">{{ source | heading }}</option>
          }
        </select>
      </label>
      @if (problem('referralSource'); as p) {
        <p class="error-text" role="alert">{{ p }}</p>
      }
      <label class="check"
        ><input type="checkbox" formControlName="courtProceedings" /> Court proceedings are under
        way</label
      >
      <label class="check"
        ><input type="checkbox" formControlName="consentFilming" /> Consent to filming</label
      >
      <label class="check"
        ><input type="checkbox" formControlName="consentClipsUse" /> Consent to clips being used in
        supervision and training</label
      >
      <div id="referral-eligibility" aria-live="polite">
        @if (eligibility(); as e) {
          @if (e.eligible) {
            <p class="ok">
              Eligible: under 12 months old at referral, on a {{ value().planAtReferral }} plan.
            </p>
          } @else {
            <p class="error-text" data-testid="ineligible">Not eligible: {{ e.reason }}.</p>
            <p>
              <button
                mat-stroked-button
                type="button"
                data-testid="record-ineligible"
                [disabled]="busy()"
                (click)="recordIneligible()"
              >
                Record as ineligible ({{ e.code | label }})
              </button>
              The trial's flow counts it by reason; nothing about the family is kept.
            </p>
          }
        }
        @if (value().courtProceedings) {
          <p class="warning">
            <span aria-hidden="true">⚠ </span>Court proceedings are under way: VIG is rarely
            appropriate then, and such referrals rarely proceed.
          </p>
        }
      </div>
      <button
        mat-flat-button
        type="submit"
        [disabled]="busy() || form.invalid || eligibility()?.eligible === false"
      >
        Refer the family
      </button>
    </form>
  `,
  styles: `
    form {
      display: grid;
      gap: 8px;
      max-width: 36rem;
    }
    label {
      display: grid;
      gap: 2px;
    }
    label.check {
      display: flex;
      gap: 8px;
      align-items: center;
    }
    .warning {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReferralForm {
  readonly today = input.required<string>();
  /** An admin names the LA; an LA manager's referrals go to their own. */
  readonly askLa = input(false);
  readonly busy = input(false);
  readonly problems = input<readonly FieldProblem[]>([]);
  /** Bumped by the page after a referral is saved: the form clears. */
  readonly saved = input(0);
  readonly submitted = output<Referral>();
  /** "Record as ineligible": the facts the server judges eligibility on, and nothing else. */
  readonly ineligible = output<IneligibleReferralInput>();

  private readonly fb = inject(FormBuilder).nonNullable;
  readonly form = this.fb.group({
    laCode: [''],
    referralDate: ['', isRequired],
    childBirthMonth: ['', isRequired],
    planAtReferral: this.fb.control<Plan | 'none'>('CiN'),
    courtProceedings: [false],
    consentFilming: [false],
    consentClipsUse: [false],
    referralSource: this.fb.control<ReferralSource | ''>(''),
  });
  readonly referralSources = REFERRAL_SOURCES;
  readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });

  /** The domain's rule, once both dates are filled in. */
  readonly eligibility = computed(() => {
    const v = { ...this.form.getRawValue(), ...this.value() };
    if (!v.referralDate || !v.childBirthMonth) return null;
    return checkEligibility({
      referralDate: v.referralDate,
      childBirthMonth: v.childBirthMonth,
      planAtReferral: v.planAtReferral === 'none' ? null : (v.planAtReferral ?? null),
    });
  });

  constructor() {
    effect(() => {
      this.form.reset({ referralDate: this.today(), planAtReferral: 'CiN', referralSource: '' });
      this.saved();
    });
  }

  problem(field: string): string | null {
    return this.problems().find((p) => p.field === field)?.problem ?? null;
  }

  submit(): void {
    const v = this.form.getRawValue();
    // 'none' is never eligible, so it never gets this far; the check narrows the type.
    if (this.form.invalid || this.eligibility()?.eligible === false || v.planAtReferral === 'none')
      return;
    this.submitted.emit({
      ...(this.askLa() ? { laCode: v.laCode } : {}),
      referralDate: v.referralDate,
      childBirthMonth: v.childBirthMonth,
      planAtReferral: v.planAtReferral,
      courtProceedings: v.courtProceedings,
      consentFilming: v.consentFilming,
      consentClipsUse: v.consentClipsUse,
      referralSource: v.referralSource === '' ? null : v.referralSource,
    });
  }

  recordIneligible(): void {
    const v = this.form.getRawValue();
    if (this.form.invalid || this.eligibility()?.eligible !== false) return;
    this.ineligible.emit({
      ...(this.askLa() ? { laCode: v.laCode } : {}),
      referralDate: v.referralDate,
      childBirthMonth: v.childBirthMonth,
      planAtReferral: v.planAtReferral,
    });
  }
}
