import { MatDatepickerModule } from '@angular/material/datepicker';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
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
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { AS_YOU_TYPE } from '../../../core/forms/as-you-type';
import { defaultDateIn, inWindow } from '../../../core/forms/date-window';
import { isRequired } from '../../../core/forms/validators';
import { valueHeading } from '../../../core/format/words';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  ATTUNED_PRINCIPLES,
  type AttunedPrinciple,
  type DeliveryWindow,
  type SupervisionFormat,
  type SupervisionMode,
} from '@attune/domain';
import {
  SupervisionFormOptions,
  SupervisionInput,
  SupervisionSession,
} from '../supervision.models';

type AttendeeGroup = FormGroup<{
  selected: FormControl<boolean>;
  family: FormControl<string>;
  cycle: FormControl<string>;
  principles: FormGroup<Record<AttunedPrinciple, FormControl<boolean>>>;
}>;

/** Today as the browser's calendar says (the date a supervisor means by "today"). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Log (or edit) one supervision session. Defaults make the common case a few
 * keystrokes: today, 60 minutes, in person; ticking a second trainee makes it
 * a group session unless the format was chosen by hand.
 */
@Component({
  selector: 'att-supervision-form',
  imports: [
    MatDatepickerModule,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
  ],
  templateUrl: './supervision-form.html',
  styleUrl: './supervision-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisionForm {
  readonly options = input.required<SupervisionFormOptions>();
  readonly busy = input(false);
  /** Changes on each save: the form then clears itself. */
  readonly saved = input(0);
  readonly editing = input<SupervisionSession | null>(null);
  readonly conflictId = input<string | null>(null);
  readonly error = input<string | null>(null);
  readonly today = input(localToday());
  /** The programme's delivery window (the domain's deliveryWindow); a date outside it is refused as you type. */
  readonly window = input<DeliveryWindow | null>(null);
  readonly asYouType = AS_YOU_TYPE;

  readonly submitted = output<SupervisionInput>();
  readonly updated = output<{ id: string; version: number; input: SupervisionInput }>();
  readonly cancelled = output<void>();
  readonly reload = output<string>();

  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly principles = ATTUNED_PRINCIPLES.map((value) => ({
    value,
    label: valueHeading(value),
  }));
  readonly form = this.fb.group({
    date: ['', [isRequired, inWindow('date', () => this.window?.() ?? null)]],
    format: this.fb.control<SupervisionFormat>('individual'),
    mode: this.fb.control<SupervisionMode>('in_person'),
    durationMinutes: [60, [isRequired, Validators.min(1), Validators.max(1440)]],
    prepMinutes: [0, [Validators.min(0), Validators.max(1440)]],
    notes: [''],
  });
  /** One group per trainee on offer, keyed by staff code. */
  readonly attendees = new FormRecord<AttendeeGroup>({});
  readonly problem = signal<string | null>(null);
  readonly selectedCount = signal(0);
  readonly cycles = computed(() =>
    Array.from({ length: this.options().cyclesPerFamily }, (_, i) => i + 1),
  );

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
      const options = this.options();
      untracked(() => this.buildAttendees(options));
    });
    effect(() => {
      const session = this.editing();
      const today = this.today();
      untracked(() => (session ? this.fill(session) : this.reset(today)));
    });
    effect(() => {
      if (this.saved() > 0) untracked(() => this.reset(this.today()));
    });
  }

  attendeeGroup(code: string): AttendeeGroup {
    return this.attendees.controls[code]!;
  }

  /** Ticking a second trainee means a group, unless the format was set by hand. */
  attendeesChanged(): void {
    const count = this.selected().length;
    this.selectedCount.set(count);
    const format = this.form.controls.format;
    if (!format.dirty) format.setValue(count >= 2 ? 'group' : 'individual');
  }

  submit(): void {
    if (this.busy()) return;
    const problems: string[] = [];
    const value = this.form.getRawValue();
    if (!value.date) problems.push('Enter the date of the session.');
    const outside = this.form.controls.date.errors?.['window'] as string | undefined;
    if (outside) problems.push(`${outside}.`);
    if (!(value.durationMinutes >= 1 && value.durationMinutes <= 1440))
      problems.push('Enter the duration in minutes (1 to 1440).');
    const attendees = this.selected();
    if (attendees.length === 0) problems.push('Choose at least one trainee who attended.');
    if (value.format === 'individual' && attendees.length > 1)
      problems.push('An individual session has one trainee: choose group, or one trainee.');
    if (value.format === 'group' && attendees.length === 1)
      problems.push(
        'A group session has two or more trainees: choose individual, or more trainees.',
      );
    if (problems.length > 0) {
      this.problem.set(problems.join(' '));
      this.form.markAllAsTouched();
      return;
    }
    this.problem.set(null);
    const input: SupervisionInput = {
      date: value.date,
      format: value.format,
      mode: value.mode,
      durationMinutes: Number(value.durationMinutes),
      prepMinutes: Number(value.prepMinutes) || 0,
      notes: value.notes.trim() ? value.notes.trim() : null,
      attendees: attendees.map((code) => {
        const a = this.attendeeGroup(code).getRawValue();
        return {
          practitionerCode: code,
          familyReference: a.family || null,
          cycle: a.family && a.cycle ? Number(a.cycle) : null,
          principles: ATTUNED_PRINCIPLES.filter((p) => a.principles[p]),
        };
      }),
    };
    const session = this.editing();
    if (session) this.updated.emit({ id: session.id, version: session.version, input });
    else this.submitted.emit(input);
  }

  private selected(): string[] {
    return this.options()
      .practitioners.map((p) => p.code)
      .filter((code) => this.attendees.controls[code]?.controls.selected.value === true);
  }

  private buildAttendees(options: SupervisionFormOptions): void {
    const group = this.attendees;
    for (const code of Object.keys(group.controls)) group.removeControl(code);
    for (const p of options.practitioners) {
      const principles = new FormGroup(
        Object.fromEntries(
          ATTUNED_PRINCIPLES.map((x) => [x, new FormControl(false, { nonNullable: true })]),
        ) as Record<AttunedPrinciple, FormControl<boolean>>,
      );
      group.addControl(
        p.code,
        new FormGroup({
          selected: new FormControl(false, { nonNullable: true }),
          family: new FormControl('', { nonNullable: true }),
          cycle: new FormControl('', { nonNullable: true }),
          principles,
        }),
      );
    }
  }

  private reset(today: string): void {
    this.form.reset({
      date: defaultDateIn(today, this.window()),
      format: 'individual',
      mode: 'in_person',
      durationMinutes: 60,
      prepMinutes: 0,
      notes: '',
    });
    for (const group of Object.values(this.attendees.controls)) group.reset();
    this.selectedCount.set(0);
    this.problem.set(null);
  }

  private fill(session: SupervisionSession): void {
    this.reset(session.date);
    this.form.patchValue({
      format: session.format,
      mode: session.mode,
      durationMinutes: session.durationMinutes,
      prepMinutes: session.prepMinutes,
      notes: session.notes ?? '',
    });
    this.form.controls.format.markAsDirty();
    for (const a of session.attendees) {
      const group = this.attendees.controls[a.practitionerCode];
      if (!group) continue;
      group.patchValue({
        selected: true,
        family: a.familyReference ?? '',
        cycle: a.cycle ? String(a.cycle) : '',
        principles: Object.fromEntries(a.principles.map((p) => [p, true])),
      });
    }
    this.selectedCount.set(this.selected().length);
    queueMicrotask(() =>
      this.host.nativeElement
        .querySelector<HTMLInputElement>('input.mat-datepicker-input')
        ?.focus(),
    );
  }
}
