import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AuditFilters, EMPTY_AUDIT_FILTERS } from '../audit-log.models';
import { AuditFilterForm } from './audit-filter-form';

describe('AuditFilterForm', () => {
  let fixture: ComponentFixture<AuditFilterForm>;
  let applied: AuditFilters[];
  const form = () => fixture.componentInstance.form;
  const el = () => fixture.nativeElement as HTMLElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(AuditFilterForm);
    fixture.componentRef.setInput('filters', { ...EMPTY_AUDIT_FILTERS, action: 'auth.sign_in' });
    applied = [];
    fixture.componentInstance.apply.subscribe((f) => applied.push(f));
    await fixture.whenStable();
  });

  it('shows the filters in force, and follows them when the address changes', async () => {
    expect(form().getRawValue().action).toBe('auth.sign_in');
    fixture.componentRef.setInput('filters', { ...EMPTY_AUDIT_FILTERS, entityType: 'User' });
    await fixture.whenStable();
    expect(form().getRawValue()).toEqual({ ...EMPTY_AUDIT_FILTERS, entityType: 'User' });
  });

  it('offers the known actions in words, sending the code the API filters by', async () => {
    const select = el().querySelector('mat-select')!;
    expect(select.textContent?.trim()).toBe('Signed in');
    (select.querySelector('.mat-mdc-select-trigger') as HTMLElement).click();
    await fixture.whenStable();
    const options = [...document.querySelectorAll('mat-option')];
    const labels = options.map((o) => o.textContent?.trim());
    expect(labels[0]).toBe('Any action');
    expect(labels).toContain('Rule set put in force');
    expect(labels.some((l) => l?.includes('.'))).toBe(false);
    (options.find((o) => o.textContent?.trim() === 'Month reopened') as HTMLElement).click();
    (el().querySelector('button[type=submit]') as HTMLButtonElement).click();
    expect(applied).toEqual([{ ...EMPTY_AUDIT_FILTERS, action: 'periodLock.reopen' }]);
  });

  it('still offers an action the address names that it does not know, as its code', async () => {
    fixture.componentRef.setInput('filters', { ...EMPTY_AUDIT_FILTERS, action: 'payment.refund' });
    await fixture.whenStable();
    expect(el().querySelector('mat-select')!.textContent?.trim()).toBe('payment.refund');
  });

  it('takes the whole query in force, page included', async () => {
    fixture.componentRef.setInput('filters', {
      ...EMPTY_AUDIT_FILTERS,
      userEmail: 'admin',
      page: 3,
      pageSize: 50,
    });
    await fixture.whenStable();
    expect(form().getRawValue()).toEqual({ ...EMPTY_AUDIT_FILTERS, userEmail: 'admin' });
  });

  it('applies trimmed filters', () => {
    form().setValue({
      action: ' user.create ',
      entityType: '',
      userEmail: ' admin ',
      from: '2026-01-01',
      to: '2026-01-01',
    });
    (el().querySelector('button[type=submit]') as HTMLButtonElement).click();
    expect(applied).toEqual([
      {
        action: 'user.create',
        entityType: '',
        userEmail: 'admin',
        from: '2026-01-01',
        to: '2026-01-01',
      },
    ]);
  });

  it('refuses a date range that ends before it starts, and says so', async () => {
    form().patchValue({ from: '2026-02-01', to: '2026-01-01' });
    (el().querySelector('button[type=submit]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(applied).toEqual([]);
    expect(el().textContent).toContain('The "From" date must be on or before the "To" date.');
  });

  it('clears every filter at once', () => {
    const clear = [...el().querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Clear filters'),
    )!;
    clear.click();
    expect(applied).toEqual([EMPTY_AUDIT_FILTERS]);
  });
});
