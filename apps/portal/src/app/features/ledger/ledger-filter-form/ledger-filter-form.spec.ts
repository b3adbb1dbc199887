import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { EMPTY_LEDGER_FILTER, LedgerFilterText } from '../ledger.models';
import { LedgerFilterForm } from './ledger-filter-form';

describe('LedgerFilterForm', () => {
  let fixture: ComponentFixture<LedgerFilterForm>;
  let applied: LedgerFilterText[];
  const el = () => fixture.nativeElement as HTMLElement;
  const form = () => fixture.componentInstance.form;

  beforeEach(async () => {
    fixture = TestBed.createComponent(LedgerFilterForm);
    fixture.componentRef.setInput('filter', { ...EMPTY_LEDGER_FILTER, laCode: 'LA1' });
    applied = [];
    fixture.componentInstance.apply.subscribe((f) => applied.push(f));
    await fixture.whenStable();
  });

  it('shows the filter in force', () => {
    expect(el().querySelector<HTMLInputElement>('#ledger-laCode')!.value).toBe('LA1');
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
      { ...EMPTY_LEDGER_FILTER, laCode: 'LA1', activity: 'travel,preparation' },
      EMPTY_LEDGER_FILTER,
    ]);
  });
});
