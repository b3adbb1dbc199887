import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { FamilyView } from '../delivery.models';
import { TimeForm } from './time-form';

async function render(window: { from: string; to: string } | null) {
  const fixture = TestBed.createComponent(TimeForm);
  fixture.componentRef.setInput('today', '2022-03-31');
  fixture.componentRef.setInput('window', window);
  await fixture.whenStable();
  return fixture;
}

describe('TimeForm date input', () => {
  it("bounds the date by the programme's window with min and max", async () => {
    const fixture = await render({ from: '2021-04-01', to: '2022-03-31' });
    const date = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(
      'input.mat-datepicker-input',
    )!;
    expect(date.getAttribute('min')).toBe('2021-04-01');
    expect(date.getAttribute('max')).toBe('2022-03-31');
  });

  it('refuses a date outside the window as you type, with the message tied to the field', async () => {
    const fixture = await render({ from: '2021-04-01', to: '2022-03-31' });
    fixture.componentInstance.form.controls.date.setValue('2001-01-01');
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const date = el.querySelector<HTMLInputElement>('input.mat-datepicker-input')!;
    const error = el.querySelector('#time-date-error')!;
    expect(error.textContent.trim()).toBe(
      "date 1 Jan 2001 is outside the programme's window, 1 Apr 2021 to 31 Mar 2022",
    );
    expect(date.getAttribute('aria-describedby')).toBe('time-date-error');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(fixture.componentInstance.form.invalid).toBe(true);

    fixture.componentInstance.form.controls.date.setValue('2021-04-01');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(el.querySelector('#time-date-error')).toBeNull();
    expect(fixture.componentInstance.form.valid).toBe(true);
  });

  it('falls back to today as the max before the programme is known', async () => {
    const fixture = await render(null);
    const date = (fixture.nativeElement as HTMLElement).querySelector(
      'input.mat-datepicker-input',
    )!;
    expect(date.getAttribute('min')).toBeNull();
    expect(date.getAttribute('max')).toBe('2022-03-31');
  });
});

describe('TimeForm quick entry', () => {
  it('refuses minutes outside 1 to 1440 as you type, at the field', async () => {
    const fixture = await render({ from: '2021-04-01', to: '2022-03-31' });
    const form = fixture.componentInstance.form;
    form.controls.minutes.setValue(0);
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const minutes = el.querySelector<HTMLInputElement>('input[type="number"]')!;
    expect(el.querySelector('#time-minutes-error')!.textContent.trim()).toBe(
      'minutes must be a whole number, at least 1',
    );
    expect(minutes.getAttribute('aria-describedby')).toBe('time-minutes-error');
    form.controls.minutes.setValue(1441);
    fixture.detectChanges();
    await fixture.whenStable();
    expect(el.querySelector('#time-minutes-error')!.textContent.trim()).toBe(
      'minutes cannot exceed 1440 (a day)',
    );
    expect(el.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(true);
  });

  it("shows the server's problems at their fields, and others under the form", async () => {
    const fixture = await render({ from: '2021-04-01', to: '2022-03-31' });
    fixture.componentRef.setInput('problems', [
      { field: 'familyReference', problem: 'F-LA1-0009 is not one of your families' },
      { field: 'staffCode', problem: 'is required: whose time this is' },
    ]);
    fixture.componentRef.setInput('error', 'The time could not be logged.');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const family = el.querySelector<HTMLSelectElement>(
      'select[formcontrolname="familyReference"]',
    )!;
    expect(family.getAttribute('aria-describedby')).toBe('time-familyReference-error');
    expect(el.querySelector('#time-familyReference-error')!.textContent).toContain(
      'F-LA1-0009 is not one of your families',
    );
    const general = el.querySelector('[data-testid="time-form-error"]')!.textContent;
    expect(general).toContain('The time could not be logged.');
    expect(general).toContain('staffCode: is required: whose time this is');
  });

  it('starts on the default day, offers the families given, and emits what was entered', async () => {
    const fixture = await render({ from: '2021-04-01', to: '2022-03-31' });
    fixture.componentRef.setInput('defaultDate', '2022-03-07');
    fixture.componentRef.setInput('families', [{ reference: 'F-LA1-0002' } as FamilyView]);
    await fixture.whenStable();
    const form = fixture.componentInstance.form;
    expect(form.controls.date.value).toBe('2022-03-07');
    const el = fixture.nativeElement as HTMLElement;
    const options = [...el.querySelectorAll('select[formcontrolname="familyReference"] option')];
    expect(options.map((o) => o.textContent.trim())).toEqual(['None', 'F-LA1-0002']);
    const emitted: unknown[] = [];
    fixture.componentInstance.submitted.subscribe((v) => emitted.push(v));
    form.patchValue({ familyReference: 'F-LA1-0002', minutes: 50, note: ' call ' });
    fixture.componentInstance.submit();
    expect(emitted).toEqual([
      {
        date: '2022-03-07',
        activity: 'case_recording',
        minutes: 50,
        familyReference: 'F-LA1-0002',
        note: 'call',
      },
    ]);
  });

  it('fills the form from the entry being edited, and says so on its button', async () => {
    const fixture = await render({ from: '2021-04-01', to: '2022-03-31' });
    fixture.componentRef.setInput('entry', {
      id: 't1',
      staffCode: 'P-LA1-01',
      date: '2022-02-01',
      activity: 'travel',
      minutes: 25,
      laCode: null,
      familyReference: null,
      note: 'bus',
      locked: false,
      version: 2,
    });
    await fixture.whenStable();
    expect(fixture.componentInstance.form.getRawValue()).toEqual({
      date: '2022-02-01',
      activity: 'travel',
      minutes: 25,
      familyReference: '',
      note: 'bus',
    });
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('button[type="submit"]')!.textContent.trim()).toBe('Save changes');
  });
});
