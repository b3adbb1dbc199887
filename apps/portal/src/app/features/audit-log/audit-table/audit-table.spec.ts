import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AuditEvent } from '../audit-log.models';
import { AuditTable } from './audit-table';

const update: AuditEvent = {
  id: '42',
  at: '2026-01-05T09:15:30.000Z',
  userId: 'u1',
  userEmail: 'admin@attune.test',
  userRole: 'admin',
  action: 'user.update',
  entityType: 'User',
  entityId: 'u9',
  before: { disabled: false },
  after: { disabled: true },
  requestId: 'req-1',
  address: '10.0.0.1',
};

describe('AuditTable', () => {
  let fixture: ComponentFixture<AuditTable>;
  const el = () => fixture.nativeElement as HTMLElement;
  const toggle = () => el().querySelector('tbody button') as HTMLButtonElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(AuditTable);
    fixture.componentRef.setInput('items', [update]);
    fixture.componentRef.setInput('total', 1);
    fixture.componentRef.setInput('page', 1);
    fixture.componentRef.setInput('pageSize', 25);
    await fixture.whenStable();
  });

  it('shows when (UTC), who, what and which record', () => {
    const cells = [...el().querySelectorAll('tbody tr:first-child td')].map((td) =>
      td.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(cells.slice(0, 5)).toEqual([
      '5 Jan 2026, 09:15:30',
      'admin@attune.test Admin',
      'User changed',
      'User u9',
      '10.0.0.1',
    ]);
  });

  it("names the user's role in words", async () => {
    fixture.componentRef.setInput('items', [{ ...update, userRole: 'la_manager' }]);
    await fixture.whenStable();
    expect(el().querySelector('tbody tr td .secondary')?.textContent?.trim()).toBe('LA manager');
  });

  it('names each action in words, and an unknown one by its code', async () => {
    fixture.componentRef.setInput('items', [
      update,
      { ...update, id: '43', action: 'payment.refund' },
    ]);
    await fixture.whenStable();
    const actions = [...el().querySelectorAll('td.mat-column-action')].map((td) =>
      td.textContent?.trim(),
    );
    expect(actions).toEqual(['User changed', 'payment.refund']);
    expect(toggle().textContent).toContain('Show change: User changed at 5 Jan 2026');
  });

  it('opens the change on demand from a real button that says whether it is open', async () => {
    const button = toggle();
    const region = el().querySelector(`#${button.getAttribute('aria-controls')}`);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(region).not.toBeNull();
    expect(region!.textContent?.trim()).toBe('');

    button.click(); // a <button>: Enter and Space do the same
    await fixture.whenStable();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const rows = [...region!.querySelectorAll('table > tbody > tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual([['disabled (changed)', 'false', 'true']]);
    expect(region!.textContent).toContain('Request ID: req-1');

    button.click();
    await fixture.whenStable();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(region!.textContent?.trim()).toBe('');
  });
});
