import { valueLabel } from '@attune/domain';
import { DATE_TYPED, inWindow } from '../../../core/forms/date-window';
import { MatDatepickerModule } from '@angular/material/datepicker';
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
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TIME_ENTRY_ACTIVITIES, type DeliveryWindow, type TimeEntryActivity } from '@attune/domain';
import { map, merge } from 'rxjs';
import { isRequired } from '../../../core/forms/validators';
import { FamilyView, FieldProblem, TimeEntryInput, TimeEntryView } from '../delivery.models';

/** The fields of the form; a server problem on any other field is shown under the form. */
const FIELDS = ['date', 'activity', 'minutes', 'familyReference', 'note'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Quick entry of time not captured by sessions (case recording, meetings,
 * admin...), and editing one entry. Checks as you type; the server's problems
 * appear at their fields, and a refusal (counted once, a signed-off month) at
 * the form.
 */
@Component({
  selector: 'att-time-form',
  imports: [MatDatepickerModule, ReactiveFormsModule, MatButtonModule],
  templateUrl: './time-form.html',
  styleUrl: './time-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimeForm {
  readonly today = input.required<string>();
  /** The day a new entry starts on (a day inside the window); today when not given. */
  readonly defaultDate = input<string | null>(null);
  /** The programme's delivery window (the domain's deliveryWindow); a date outside it is refused as you type. */
  readonly window = input<DeliveryWindow | null>(null);
  /** The families the time may be for (a practitioner's own open families). */
  readonly families = input<readonly FamilyView[]>([]);
  /** The entry being edited; null for a new one. */
  readonly entry = input<TimeEntryView | null>(null);
  readonly busy = input(false);
  readonly problems = input<readonly FieldProblem[]>([]);
  /** A refusal that is not about one field (409, 422 without fields): shown at the form. */
  readonly error = input<string | null>(null);
  readonly saved = input(0);
  /** Ids are unique on the page: a prefix per form. */
  readonly idPrefix = input('time');
  readonly submitted = output<TimeEntryInput>();
  readonly cancelled = output<void>();

  readonly activities = TIME_ENTRY_ACTIVITIES;
  private readonly fb = inject(FormBuilder).nonNullable;
  readonly form = this.fb.group({
    date: ['', [isRequired, inWindow('date', () => this.window?.() ?? null)]],
    activity: this.fb.control<TimeEntryActivity>('case_recording'),
    minutes: [
      30,
      [isRequired, Validators.min(1), Validators.max(1440), Validators.pattern(/^\d+$/)],
    ],
    familyReference: [''],
    note: [''],
  });
  /** A new object on every change, so the problems below are worked out again each time. */
  private readonly changed = toSignal(
    merge(this.form.valueChanges, this.form.statusChanges).pipe(map(() => ({}))),
    { initialValue: {} },
  );

  /** Each field's problem: the form's own check as you type, else what the server said. */
  readonly fieldProblems = computed(() => {
    this.changed();
    const server = new Map(this.problems().map((p) => [p.field, p.problem]));
    const out: Partial<Record<Field, string>> = {};
    for (const field of FIELDS) {
      const problem = this.localProblem(field) ?? server.get(field);
      if (problem) out[field] = problem;
    }
    return out;
  });
  /** Server problems on fields this form does not have (whose time, the LA). */
  readonly otherProblems = computed(() =>
    this.problems().filter((p) => !(FIELDS as readonly string[]).includes(p.field)),
  );
  readonly editing = computed(() => this.entry() !== null);

  constructor() {
    // A new window re-checks the date already typed.
    effect(() => {
      this.window();
      this.form.controls.date.updateValueAndValidity();
    });
    // Editing fills the form from the entry; leaving it (saved or cancelled) starts a new one.
    effect(() => {
      const entry = this.entry();
      untracked(() =>
        this.form.reset(
          entry
            ? {
                date: entry.date,
                activity: entry.activity,
                minutes: entry.minutes,
                familyReference: entry.familyReference ?? '',
                note: entry.note ?? '',
              }
            : { date: this.startDate(), minutes: 30 },
        ),
      );
    });
    // The default day follows the week shown until the person picks one.
    effect(() => {
      this.defaultDate();
      untracked(() => {
        if (!this.entry() && this.form.controls.date.pristine)
          this.form.controls.date.setValue(this.startDate());
      });
    });
    // After a save the date and family stay for the next entry.
    effect(() => {
      this.saved();
      untracked(() => {
        if (!this.entry()) this.form.patchValue({ minutes: 30, note: '' });
      });
    });
  }

  private startDate(): string {
    return this.defaultDate() ?? this.today();
  }

  describedBy(field: Field): string | null {
    return this.fieldProblems()[field] ? `${this.idPrefix()}-${field}-error` : null;
  }

  private localProblem(field: Field): string | null {
    const errors = this.form.controls[field].errors;
    if (!errors) return null;
    if (errors['window']) return errors['window'] as string;
    if (errors['matDatepickerParse']) return DATE_TYPED;
    if (errors['required']) return `${field} is required`;
    if (errors['min'] || errors['pattern']) return 'minutes must be a whole number, at least 1';
    if (errors['max']) return 'minutes cannot exceed 1440 (a day)';
    return null;
  }

  submit(): void {
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.submitted.emit({
      date: v.date,
      activity: v.activity,
      minutes: Number(v.minutes),
      familyReference: v.familyReference || null,
      note: v.note.trim() || null,
    });
  }

  hasFamily(reference: string): boolean {
    return this.families().some((f) => f.reference === reference);
  }

  readonly label = valueLabel;
}
