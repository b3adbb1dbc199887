import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { UserSummary } from '../users.models';
import { UsersTable } from './users-table';

const user = (id: string, email: string): UserSummary => ({
  id,
  email,
  role: 'admin',
  laCode: null,
  staffCode: null,
  disabled: false,
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
});

const users: UserSummary[] = [
  { ...user('a', 'admin@attune.test'), role: 'admin', laCode: null },
  { ...user('m', 'manager@attune.test'), role: 'la_manager', laCode: 'LA1', disabled: true },
];

describe('UsersTable', () => {
  let fixture: ComponentFixture<UsersTable>;
  const el = () => fixture.nativeElement as HTMLElement;
  const buttons = () => [...el().querySelectorAll('tbody button')] as HTMLButtonElement[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(UsersTable);
    fixture.componentRef.setInput('items', users);
    fixture.componentRef.setInput('total', 2);
    fixture.componentRef.setInput('page', 1);
    fixture.componentRef.setInput('pageSize', 25);
    await fixture.whenStable();
  });

  it('lists each account with its role, LA and status in words', () => {
    const rows = [...el().querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].slice(0, 4).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['admin@attune.test', 'Admin', '—', 'Active'],
      ['manager@attune.test', 'LA manager', 'LA1', 'Disabled'],
    ]);
  });

  it('disables an account only after a second, explicit click', async () => {
    const disabled: { id: string; email: string }[] = [];
    fixture.componentInstance.disable.subscribe((user) => disabled.push(user));
    expect(buttons().map((b) => b.textContent?.trim())).toEqual(['Disable admin@attune.test']);
    buttons()[0]!.click();
    await fixture.whenStable();
    expect(disabled).toEqual([]);
    buttons()[0]!.click();
    expect(disabled).toEqual([{ id: 'a', email: 'admin@attune.test' }]);
  });
});
