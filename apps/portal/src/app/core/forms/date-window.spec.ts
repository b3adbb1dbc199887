import { describe, it, expect } from '@jest/globals';
import { type Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, type FormGroup } from '@angular/forms';
import { deliveryWindow } from '@attune/domain';
import { SessionForm } from '../../features/delivery/session-form/session-form';
import { MilestoneForm } from '../../features/supervision/records/milestone-form/milestone-form';
import { TrainingForm } from '../../features/supervision/records/training-form/training-form';
import { SupervisionForm } from '../../features/supervision/supervision-form/supervision-form';
import { inWindow } from './date-window';

// Started 1 Sep 2021, delivery ends 30 Jun 2022, and today is 31 Mar 2022: the window ends today.
const WINDOW = deliveryWindow({ startDate: '2021-09-01', deliveryEnd: '2022-06-30' }, '2022-03-31');
const TRAINEE = {
  code: 'P-LA1-01',
  displayName: 'Name P-LA1-01',
  laCode: 'LA1',
  supervisorCode: 'S-01',
  status: 'active' as const,
  families: ['F-1'],
};

/** Each form of a dated delivery record, with the inputs it needs besides its window. */
const FORMS: [string, Type<unknown>, Record<string, unknown>][] = [
  ['family session', SessionForm, { families: [], today: '2022-03-31' }],
  [
    'supervision',
    SupervisionForm,
    {
      options: { supervisorCode: 'S-01', cyclesPerFamily: 3, practitioners: [TRAINEE] },
      today: '2022-03-31',
    },
  ],
  ['milestone', MilestoneForm, { practitioners: [TRAINEE], today: '2022-03-31' }],
  [
    'training',
    TrainingForm,
    { practitioners: [TRAINEE], trainerCode: 'S-01', today: '2022-03-31' },
  ],
];

describe("the programme's window on the forms of delivery records", () => {
  it('checks a date against the window, naming the field and the window', () => {
    let window: typeof WINDOW | null = null;
    const check = inWindow('date', () => window);
    expect(check(new FormControl('2001-01-01'))).toBeNull(); // no window yet
    window = WINDOW;
    expect(check(new FormControl('2001-01-01'))).toEqual({
      window: "date 1 Jan 2001 is outside the programme's window, 1 Sep 2021 to 31 Mar 2022",
    });
    expect(check(new FormControl('2022-04-01'))).not.toBeNull(); // after today
    expect(check(new FormControl('2021-09-01'))).toBeNull();
    expect(check(new FormControl('2022-03-31'))).toBeNull();
  });

  it.each(FORMS)(
    'bounds the %s date by min (start) and max (delivery end or today), and says why a date is refused',
    async (_name, component, inputs) => {
      const fixture = TestBed.createComponent(component);
      for (const [name, value] of Object.entries(inputs))
        fixture.componentRef.setInput(name, value);
      fixture.componentRef.setInput('window', WINDOW);
      await fixture.whenStable();
      const el = fixture.nativeElement as HTMLElement;
      const date = el.querySelector<HTMLInputElement>('input.mat-datepicker-input')!;
      expect(date.getAttribute('min')).toBe('2021-09-01');
      expect(date.getAttribute('max')).toBe('2022-03-31');

      date.value = '31/08/2021';
      date.dispatchEvent(new Event('input'));
      await fixture.whenStable();
      const message =
        "date 31 Aug 2021 is outside the programme's window, 1 Sep 2021 to 31 Mar 2022";
      expect(el.textContent).toContain(message);
      // The message is tied to the field: by id, or by Material's own aria-describedby.
      const described = (date.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      expect(
        described.map((id) => el.querySelector(`#${id}`)?.textContent ?? '').join(' '),
      ).toContain(message);

      date.value = '01/09/2021';
      date.dispatchEvent(new Event('input'));
      await fixture.whenStable();
      expect(el.textContent).not.toContain('outside the programme');
      // Typed day first, sent as an ISO date.
      const form = (fixture.componentInstance as { form: FormGroup }).form;
      expect(form.controls['date']!.value).toBe('2021-09-01');
    },
  );
});
