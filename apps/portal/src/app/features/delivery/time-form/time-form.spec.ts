import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
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
      'input[type="date"]',
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
    const date = el.querySelector<HTMLInputElement>('input[type="date"]')!;
    const error = el.querySelector('#time-date-error')!;
    expect(error.textContent.trim()).toBe(
      "date 2001-01-01 is outside the programme's window, 2021-04-01 to 2022-03-31",
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
    const date = (fixture.nativeElement as HTMLElement).querySelector('input[type="date"]')!;
    expect(date.getAttribute('min')).toBeNull();
    expect(date.getAttribute('max')).toBe('2022-03-31');
  });
});
