import { MatDatepickerModule } from '@angular/material/datepicker';
import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { defaultDateIn, inWindow } from '../../../../core/forms/date-window';
import {
  MILESTONE_OUTCOMES,
  MILESTONE_TYPES,
  type MilestoneOutcome,
  type MilestoneType,
  type DeliveryWindow,
} from '@attune/domain';
import { SuperviseeOption } from '../../supervision.models';
import { localToday } from '../../supervision-form/supervision-form';
import { Milestone, MilestoneInput, RecordEdit, labelOf } from '../records.models';

/** Record (or correct) one milestone: trainee, type, date, assessor and outcome. */
@Component({
  selector: 'att-milestone-form',
  imports: [MatDatepickerModule, ReactiveFormsModule, MatButtonModule],
  templateUrl: './milestone-form.html',
  styleUrl: '../records.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MilestoneForm {
  readonly practitioners = input.required<SuperviseeOption[]>();
  readonly busy = input(false);
  /** Changes on each save: the form then clears itself. */
  readonly saved = input(0);
  readonly editing = input<Milestone | null>(null);
  readonly conflictId = input<string | null>(null);
  readonly error = input<string | null>(null);
  readonly today = input(localToday());
  /** The programme's delivery window (the domain's deliveryWindow); a date outside it is refused as you type. */
  readonly window = input<DeliveryWindow | null>(null);

  readonly submitted = output<MilestoneInput>();
  readonly updated = output<RecordEdit<MilestoneInput>>();
  readonly cancelled = output<void>();
  readonly reload = output<string>();

  readonly types = MILESTONE_TYPES.map((value) => ({ value, label: labelOf(value) }));
  readonly outcomes = MILESTONE_OUTCOMES.map((value) => ({ value, label: labelOf(value) }));
  private readonly fb = inject(NonNullableFormBuilder);
  readonly form = this.fb.group({
    practitionerCode: [''],
    type: this.fb.control<MilestoneType>('initial_course_completed'),
    date: ['', inWindow('date', () => this.window?.() ?? null)],
    assessorCode: [''],
    outcome: this.fb.control<MilestoneOutcome>('passed'),
  });
  readonly problem = signal<string | null>(null);

  constructor() {
    // A new window re-checks the date already typed, and moves an untouched
    // new record's default date inside it.
    effect(() => {
      const window = this.window();
      untracked(() => {
        const date = this.form.controls.date;
        if (!this.editing() && date.pristine) date.setValue(defaultDateIn(this.today(), window));
        date.updateValueAndValidity();
      });
    });
    effect(() => {
      const milestone = this.editing();
      const today = this.today();
      untracked(() => (milestone ? this.fill(milestone) : this.reset(today)));
    });
    effect(() => {
      if (this.saved() > 0) untracked(() => this.reset(this.today()));
    });
  }

  submit(): void {
    if (this.busy()) return;
    const value = this.form.getRawValue();
    const problems: string[] = [];
    if (!value.practitionerCode) problems.push('Choose the trainee.');
    if (!value.date) problems.push('Enter the date of the milestone.');
    const outside = this.form.controls.date.errors?.['window'] as string | undefined;
    if (outside) problems.push(`${outside}.`);
    if (problems.length > 0) {
      this.problem.set(problems.join(' '));
      return;
    }
    this.problem.set(null);
    const input: MilestoneInput = {
      practitionerCode: value.practitionerCode,
      type: value.type,
      date: value.date,
      assessorCode: value.assessorCode.trim() || null,
      outcome: value.outcome,
    };
    const milestone = this.editing();
    if (milestone) this.updated.emit({ id: milestone.id, version: milestone.version, input });
    else this.submitted.emit(input);
  }

  private reset(today: string): void {
    this.form.reset({
      practitionerCode: '',
      type: 'initial_course_completed',
      date: defaultDateIn(today, this.window()),
      assessorCode: '',
      outcome: 'passed',
    });
    this.problem.set(null);
  }

  private fill(m: Milestone): void {
    this.form.reset({
      practitionerCode: m.practitionerCode,
      type: m.type,
      date: m.date,
      assessorCode: m.assessorCode ?? '',
      outcome: m.outcome,
    });
    this.problem.set(null);
  }
}
