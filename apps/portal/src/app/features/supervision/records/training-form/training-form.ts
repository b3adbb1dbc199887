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
import {
  FormControl,
  FormGroup,
  FormRecord,
  NonNullableFormBuilder,
  ReactiveFormsModule,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { defaultDateIn, inWindow } from '../../../../core/forms/date-window';
import { TRAINING_TYPES, type DeliveryWindow, type TrainingType } from '@attune/domain';
import { SuperviseeOption } from '../../supervision.models';
import { localToday } from '../../supervision-form/supervision-form';
import {
  RecordEdit,
  TrainingAttendee,
  TrainingEvent,
  TrainingEventInput,
  labelOf,
} from '../records.models';

type AttendeeGroup = FormGroup<{ selected: FormControl<boolean>; minutes: FormControl<string> }>;

/**
 * Record (or correct) one training event. Ticking an attendee fills in the
 * whole duration as their minutes; change it for someone who left early.
 */
@Component({
  selector: 'att-training-form',
  imports: [MatDatepickerModule, ReactiveFormsModule, MatButtonModule],
  templateUrl: './training-form.html',
  styleUrl: '../records.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingForm {
  readonly practitioners = input.required<SuperviseeOption[]>();
  /** The caller's staff code: the usual trainer. */
  readonly trainerCode = input<string | null>(null);
  readonly busy = input(false);
  readonly saved = input(0);
  readonly editing = input<TrainingEvent | null>(null);
  readonly conflictId = input<string | null>(null);
  readonly error = input<string | null>(null);
  readonly today = input(localToday());
  /** The programme's delivery window (the domain's deliveryWindow); a date outside it is refused as you type. */
  readonly window = input<DeliveryWindow | null>(null);

  readonly submitted = output<TrainingEventInput>();
  readonly updated = output<RecordEdit<TrainingEventInput>>();
  readonly cancelled = output<void>();
  readonly reload = output<string>();

  readonly types = TRAINING_TYPES.map((value) => ({ value, label: labelOf(value) }));
  private readonly fb = inject(NonNullableFormBuilder);
  readonly form = this.fb.group({
    type: this.fb.control<TrainingType>(TRAINING_TYPES[0]),
    date: ['', inWindow('date', () => this.window?.() ?? null)],
    durationMinutes: ['360'],
    venue: [''],
    trainers: [''],
  });
  readonly attendees = new FormRecord<AttendeeGroup>({});
  readonly problem = signal<string | null>(null);
  /** Attendees of an edited event who are not on offer here (e.g. staff): kept as they were. */
  readonly others = signal<TrainingAttendee[]>([]);

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
      const practitioners = this.practitioners();
      untracked(() => {
        for (const code of Object.keys(this.attendees.controls)) this.attendees.removeControl(code);
        for (const p of practitioners)
          this.attendees.addControl(p.code, this.fb.group({ selected: [false], minutes: [''] }));
      });
    });
    effect(() => {
      const event = this.editing();
      const today = this.today();
      untracked(() => (event ? this.fill(event) : this.reset(today)));
    });
    effect(() => {
      if (this.saved() > 0) untracked(() => this.reset(this.today()));
    });
  }

  /** A newly ticked attendee attended the whole event unless told otherwise. */
  ticked(code: string): void {
    const group = this.attendees.controls[code];
    if (!group) return;
    const minutes = group.controls.selected.value ? this.form.controls.durationMinutes.value : '';
    group.controls.minutes.setValue(minutes);
  }

  submit(): void {
    if (this.busy()) return;
    const value = this.form.getRawValue();
    const duration = Number(value.durationMinutes);
    const trainerCodes = value.trainers
      .split(/[\s,]+/)
      .map((c) => c.trim())
      .filter((c) => c.length > 0);
    const problems: string[] = [];
    if (!value.date) problems.push('Enter the date of the event.');
    const outside = this.form.controls.date.errors?.['window'] as string | undefined;
    if (outside) problems.push(`${outside}.`);
    if (!(Number.isInteger(duration) && duration >= 1 && duration <= 1440))
      problems.push('Enter the duration in whole minutes (1 to 1440).');
    if (trainerCodes.length === 0) problems.push('Enter at least one trainer’s staff code.');
    const attendees = this.practitioners()
      .filter((p) => this.attendees.controls[p.code]?.controls.selected.value)
      .map((p) => ({
        staffCode: p.code,
        minutesAttended: Number(this.attendees.controls[p.code]!.controls.minutes.value),
      }));
    for (const a of attendees)
      if (!(
        Number.isInteger(a.minutesAttended) &&
        a.minutesAttended >= 0 &&
        a.minutesAttended <= duration
      ))
        problems.push(
          `Minutes attended by ${a.staffCode} must be a whole number from 0 to the duration.`,
        );
    if (problems.length > 0) {
      this.problem.set(problems.join(' '));
      return;
    }
    this.problem.set(null);
    const input: TrainingEventInput = {
      date: value.date,
      type: value.type,
      durationMinutes: duration,
      venue: value.venue.trim() || null,
      trainerCodes,
      attendees: [...attendees, ...this.others()],
    };
    const event = this.editing();
    if (event) this.updated.emit({ id: event.id, version: event.version, input });
    else this.submitted.emit(input);
  }

  private reset(today: string): void {
    this.form.reset({
      type: TRAINING_TYPES[0],
      date: defaultDateIn(today, this.window()),
      durationMinutes: '360',
      venue: '',
      trainers: this.trainerCode() ?? '',
    });
    for (const group of Object.values(this.attendees.controls))
      group.reset({ selected: false, minutes: '' });
    this.problem.set(null);
    this.others.set([]);
  }

  private fill(event: TrainingEvent): void {
    this.reset(event.date);
    this.form.patchValue({
      type: event.type,
      durationMinutes: String(event.durationMinutes),
      venue: event.venue ?? '',
      trainers: event.trainerCodes.join(', '),
    });
    this.others.set(event.attendees.filter((a) => !this.attendees.controls[a.staffCode]));
    for (const a of event.attendees)
      this.attendees.controls[a.staffCode]?.setValue({
        selected: true,
        minutes: String(a.minutesAttended),
      });
  }
}
