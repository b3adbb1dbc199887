import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { EMPTY_LEDGER_FILTER, LedgerFilterText } from '../ledger.models';
import { provideUkDates } from '../../../core/forms/uk-date-adapter';
import { LedgerFilterForm } from './ledger-filter-form';

describe('LedgerFilterForm', () => {
  let fixture: ComponentFixture<LedgerFilterForm>;
  let applied: LedgerFilterText[];
  const el = () => fixture.nativeElement as HTMLElement;
  const form = () => fixture.componentInstance.form;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: provideUkDates() });
    fixture = TestBed.createComponent(LedgerFilterForm);
    fixture.componentRef.setInput('filter', {
      ...EMPTY_LEDGER_FILTER,
      laCode: 'LA1',
      from: '2022-03-01',
    });
    applied = [];
    fixture.componentInstance.apply.subscribe((f) => applied.push(f));
    await fixture.whenStable();
  });

  it('shows the filter in force, its dates in UK form in a datepicker', () => {
    expect(el().querySelector<HTMLInputElement>('#ledger-laCode')!.value).toBe('LA1');
    expect(el().querySelector<HTMLInputElement>('#ledger-from')!.value).toBe('01/03/2022');
    expect(el().querySelector('button[aria-label="Choose the To date from a calendar"]')).not.toBe(
      null,
    );
  });

  it("puts each date's calendar button in its field's suffix, not after the text", () => {
    const suffixed = Array.from(
      el().querySelectorAll('.mat-mdc-form-field-icon-suffix mat-datepicker-toggle button'),
      (button) => button.getAttribute('aria-label'),
    );
    expect(suffixed).toEqual([
      'Choose the From date from a calendar',
      'Choose the To date from a calendar',
    ]);
  });

  it('reads a typed DD/MM/YYYY date as the ISO day, and names text that is no date', async () => {
    const to = el().querySelector<HTMLInputElement>('#ledger-to')!;
    to.value = '31/02/2022';
    to.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(el().querySelector(`#${to.getAttribute('aria-describedby')}`)!.textContent).toContain(
      'To must be a day written as DD/MM/YYYY',
    );
    fixture.componentInstance.submit();
    expect(applied).toEqual([]);

    to.value = '03/04/2022';
    to.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    fixture.componentInstance.submit();
    expect(applied).toEqual([
      { ...EMPTY_LEDGER_FILTER, laCode: 'LA1', from: '2022-03-01', to: '2022-04-03' },
    ]);
  });

  it('names a bad value at its field as you type, tied to it, and does not apply it', async () => {
    form().controls.activity.setValue('flying');
    await fixture.whenStable();
    const input = el().querySelector<HTMLInputElement>('#ledger-activity')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const help = el().querySelector(`#${input.getAttribute('aria-describedby')}`)!;
    expect(help.textContent).toContain('"flying" is not one of');
    fixture.componentInstance.submit();
    expect(applied).toEqual([]);
  });

  it("shows the server's problem at its field", async () => {
    fixture.componentRef.setInput('serverErrors', { staffCode: 'staffCode: too long' });
    await fixture.whenStable();
    const input = el().querySelector<HTMLInputElement>('#ledger-staffCode')!;
    expect(el().querySelector(`#${input.getAttribute('aria-describedby')}`)!.textContent).toContain(
      'too long',
    );
  });

  it('applies the trimmed filter, and clears it', () => {
    form().controls.activity.setValue(' travel,preparation ');
    fixture.componentInstance.submit();
    fixture.componentInstance.clear();
    expect(applied).toEqual([
      { ...EMPTY_LEDGER_FILTER, laCode: 'LA1', from: '2022-03-01', activity: 'travel,preparation' },
      EMPTY_LEDGER_FILTER,
    ]);
  });
});
