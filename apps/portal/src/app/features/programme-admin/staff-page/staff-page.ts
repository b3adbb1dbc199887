import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { Store } from '@ngrx/store';
import type { UpdatePractitionerRequest } from '@attune/contract';
import { dispatchOnOpen } from '../admin-state';
import { OpenFamilies } from '../open-families/open-families';
import {
  PractitionerForm,
  type PractitionerSubmission,
} from '../practitioner-form/practitioner-form';
import { StaffForm, type StaffSubmission } from '../staff-form/staff-form';
import { StaffTable } from '../staff-table/staff-table';
import { StatusChangeForm } from '../status-change-form/status-change-form';
import { StaffPageActions } from '../staff/staff.actions';
import { staffFeature } from '../staff/staff.feature';

/** Today, `YYYY-MM-DD` (UTC, like the server). */
const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** The admin's staff and practitioners: tables, add, edit, status changes. */
@Component({
  selector: 'att-staff-page',
  imports: [StaffTable, StaffForm, PractitionerForm, StatusChangeForm, OpenFamilies],
  template: `
    <section class="page">
      <h1>Staff and practitioners</h1>
      <div aria-live="polite" role="status">
        @if (message(); as text) {
          <p class="message">{{ text }}</p>
        }
      </div>
      <div aria-live="assertive">
        @if (saveError(); as text) {
          @if (problems().length === 0) {
            <p class="error-text" data-testid="save-error">{{ text }}</p>
          }
        }
      </div>
      @if (loadError(); as text) {
        <p class="error-text" role="alert">{{ text }}</p>
      }
      @if (withdrawal(); as w) {
        <att-open-families
          [programmeId]="programmeId()"
          [code]="w.code"
          [families]="w.openFamilies"
        />
      }

      <att-staff-table
        [staff]="staff()"
        [practitioners]="practitioners()"
        [busy]="saving()"
        (editStaff)="editStaff($event)"
        (editPractitioner)="editPractitioner($event)"
        (changeStatus)="changeStatus($event)"
      />

      @if (statusOf(); as p) {
        <h2>Change the status of {{ p.code }}</h2>
        <att-status-change-form
          [practitioner]="p"
          [today]="today"
          [busy]="saving()"
          [problems]="statusProblems()"
          (submitted)="submitStatus($event)"
          (cancelled)="statusCode.set(null)"
        />
      }

      <div class="forms">
        <section aria-labelledby="staff-form-h">
          <h2 id="staff-form-h">
            {{ editingStaff() ? 'Edit a staff member' : 'Add a staff member' }}
          </h2>
          <att-staff-form
            [editing]="editingStaff()"
            [localAuthorities]="localAuthorities()"
            [busy]="saving()"
            [problems]="staffProblems()"
            [saved]="saved()"
            (submitted)="submitStaff($event)"
            (cancelled)="staffCode.set(null)"
          />
        </section>
        <section aria-labelledby="practitioner-form-h">
          <h2 id="practitioner-form-h">
            {{ editingPractitioner() ? 'Edit a practitioner' : 'Add a practitioner' }}
          </h2>
          <att-practitioner-form
            [editing]="editingPractitioner()"
            [candidates]="candidates()"
            [supervisors]="supervisors()"
            [busy]="saving()"
            [problems]="practitionerProblems()"
            [saved]="saved()"
            (submitted)="submitPractitioner($event)"
            (cancelled)="practitionerCode.set(null)"
          />
        </section>
      </div>
    </section>
  `,
  styles: `
    .forms {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
      gap: 24px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class StaffPage {
  private readonly store = inject(Store);
  /** The programme of the address (`/p/:programmeId/staff`), bound by the router. */
  readonly programmeId = input.required<string>();
  readonly today = todayIso();
  readonly staff = this.store.selectSignal(staffFeature.selectStaff);
  readonly practitioners = this.store.selectSignal(staffFeature.selectPractitioners);
  readonly localAuthorities = this.store.selectSignal(staffFeature.selectLocalAuthorities);
  readonly loadError = this.store.selectSignal(staffFeature.selectLoadError);
  readonly saving = this.store.selectSignal(staffFeature.selectSaving);
  readonly saveError = this.store.selectSignal(staffFeature.selectSaveError);
  readonly problems = this.store.selectSignal(staffFeature.selectProblems);
  readonly message = this.store.selectSignal(staffFeature.selectMessage);
  readonly saved = this.store.selectSignal(staffFeature.selectSaved);
  readonly withdrawal = this.store.selectSignal(staffFeature.selectWithdrawal);

  /** Which record each form is about; null: adding. */
  readonly staffCode = signal<string | null>(null);
  readonly practitionerCode = signal<string | null>(null);
  readonly statusCode = signal<string | null>(null);
  /** Which form was sent last: the server's problems go to its fields only. */
  private readonly sentFrom = signal<'staff' | 'practitioner' | 'status' | null>(null);

  readonly editingStaff = computed(
    () => this.staff().find((s) => s.code === this.staffCode()) ?? null,
  );
  readonly editingPractitioner = computed(
    () => this.practitioners().find((p) => p.code === this.practitionerCode()) ?? null,
  );
  readonly statusOf = computed(
    () => this.practitioners().find((p) => p.code === this.statusCode()) ?? null,
  );
  readonly candidates = computed(() => {
    const taken = new Set(this.practitioners().map((p) => p.code));
    return this.staff()
      .filter((s) => s.laCode !== null && !taken.has(s.code))
      .map((s) => s.code);
  });
  readonly supervisors = computed(() =>
    this.staff()
      .filter((s) => s.costRole === 'vig_supervisor')
      .map((s) => s.code),
  );
  readonly staffProblems = computed(() => (this.sentFrom() === 'staff' ? this.problems() : []));
  readonly practitionerProblems = computed(() =>
    this.sentFrom() === 'practitioner' ? this.problems() : [],
  );

  readonly statusProblems = computed(() => (this.sentFrom() === 'status' ? this.problems() : []));

  constructor() {
    dispatchOnOpen(() => StaffPageActions.opened({ programmeId: this.programmeId() }));
    // A save done: the forms go back to adding, the status form closes.
    effect(() => {
      if (this.saved() > 0) {
        this.staffCode.set(null);
        this.practitionerCode.set(null);
        this.statusCode.set(null);
      }
    });
  }

  editStaff(code: string): void {
    this.staffCode.set(code);
  }

  editPractitioner(code: string): void {
    this.practitionerCode.set(code);
  }

  changeStatus(code: string): void {
    this.sentFrom.set('status');
    this.statusCode.set(code);
  }

  submitStatus(change: { code: string; change: UpdatePractitionerRequest }): void {
    this.sentFrom.set('status');
    this.store.dispatch(StaffPageActions.practitionerUpdateSubmitted(change));
  }

  submitStaff(submission: StaffSubmission): void {
    this.sentFrom.set('staff');
    this.store.dispatch(
      submission.kind === 'create'
        ? StaffPageActions.staffCreateSubmitted({ staff: submission.staff })
        : StaffPageActions.staffUpdateSubmitted(submission),
    );
  }

  submitPractitioner(submission: PractitionerSubmission): void {
    this.sentFrom.set('practitioner');
    this.store.dispatch(
      submission.kind === 'create'
        ? StaffPageActions.practitionerCreateSubmitted({ practitioner: submission.practitioner })
        : StaffPageActions.practitionerUpdateSubmitted(submission),
    );
  }
}
