import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { PractitionerView, UpdatePractitionerRequest } from '@attune/contract';
import { StatusChangeForm } from './status-change-form';

const active: PractitionerView = {
  code: 'P-LA1-02',
  laCode: 'LA1',
  substantiveRole: 'social_worker',
  fte: '1.0',
  vigHoursPerWeek: '7.5',
  startDate: '2021-07-01',
  supervisorCode: 'S-01',
  status: 'active',
  statusDate: null,
  statusReason: null,
  version: 3,
};

describe('StatusChangeForm', () => {
  let fixture: ComponentFixture<StatusChangeForm>;
  let sent: Array<{ code: string; change: UpdatePractitionerRequest }>;
  const el = () => fixture.nativeElement as HTMLElement;
  const set = async (name: string, value: string) => {
    const input = el().querySelector<HTMLInputElement | HTMLSelectElement>(
      `[formcontrolname="${name}"]`,
    )!;
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    await fixture.whenStable();
  };
  const button = (text: string) =>
    [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  const submit = async () => {
    el().querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };

  beforeEach(async () => {
    fixture = TestBed.createComponent(StatusChangeForm);
    fixture.componentRef.setInput('practitioner', active);
    fixture.componentRef.setInput('today', '2022-03-31');
    sent = [];
    fixture.componentInstance.submitted.subscribe((s) => sent.push(s));
    await fixture.whenStable();
  });

  it('offers only the changes the domain allows from the current status', () => {
    const options = [...el().querySelectorAll('[formcontrolname="status"] option')].map((o) =>
      o.textContent?.trim(),
    );
    expect(options).toEqual(['paused', 'withdrawn']);
  });

  it("checks date and reason as you type, by the domain's rules", async () => {
    await set('statusDate', '2021-06-30');
    expect(el().querySelector('#status-date-error')!.textContent).toContain(
      "before the practitioner's start date 2021-07-01",
    );
    await set('statusDate', '2022-04-02');
    expect(el().querySelector('#status-date-error')!.textContent).toContain('after today');
    await set('statusDate', '2022-03-20');
    expect(el().querySelector('#status-date-error')).toBeNull();
    await submit();
    expect(sent).toEqual([]);
    expect(el().querySelector('#status-reason-error')!.textContent).toContain('is required');
  });

  it('asks before withdrawing, then sends the change with the version read', async () => {
    await set('status', 'withdrawn');
    await set('statusDate', '2022-03-20');
    await set('statusReason', 'left_post');
    await submit();
    expect(sent).toEqual([]);
    expect(el().querySelector('[role="alertdialog"]')!.textContent).toContain(
      'Withdraw P-LA1-02 from 20 Mar 2022?',
    );
    button('Cancel')!.click();
    await fixture.whenStable();
    expect(el().querySelector('[role="alertdialog"]')).toBeNull();
    expect(sent).toEqual([]);
    await submit();
    button('Confirm withdrawal')!.click();
    await fixture.whenStable();
    expect(sent).toEqual([
      {
        code: 'P-LA1-02',
        change: {
          version: 3,
          status: 'withdrawn',
          statusDate: '2022-03-20',
          statusReason: 'left_post',
        },
      },
    ]);
  });

  it("shows the server's problem at the date", async () => {
    fixture.componentRef.setInput('problems', [
      { field: 'statusDate', problem: '2022-03-01 is before the last status change' },
    ]);
    await fixture.whenStable();
    const error = el().querySelector('#status-date-error')!;
    expect(error.textContent).toContain('before the last status change');
    expect(
      el().querySelector('[formcontrolname="statusDate"]')!.getAttribute('aria-describedby'),
    ).toBe('status-date-error');
  });
});
