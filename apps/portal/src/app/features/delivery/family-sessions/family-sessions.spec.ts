import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { FamilySessionView } from '../delivery.models';
import { FamilySessions } from './family-sessions';

const session: FamilySessionView = {
  id: 's1',
  familyReference: 'F-LA1-0001',
  practitionerCode: 'P-LA1-01',
  laCode: 'LA1',
  date: '2022-03-09',
  type: 'filming',
  cycle: 2,
  outcome: 'held',
  contactMinutes: 60,
  travelMinutes: 20,
  prepMinutes: 10,
  locked: false,
  version: 7,
};

describe('FamilySessions', () => {
  it('edits a session in place and sends the changes with the session read (its version)', async () => {
    const fixture = TestBed.createComponent(FamilySessions);
    fixture.componentRef.setInput('sessions', [session]);
    fixture.componentRef.setInput('canChange', () => true);
    fixture.componentRef.setInput('today', '2022-03-31');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent).toContain('9 Mar 2022');
    const sent: unknown[] = [];
    fixture.componentInstance.changed.subscribe((c) => sent.push(c));
    [...el.querySelectorAll('button')].find((b) => b.textContent.includes('Edit'))!.click();
    await fixture.whenStable();
    const form = fixture.componentInstance.form;
    expect(form.getRawValue()).toEqual({
      date: '2022-03-09',
      outcome: 'held',
      contactMinutes: 60,
      travelMinutes: 20,
      prepMinutes: 10,
    });
    form.patchValue({ contactMinutes: 45, outcome: 'cancelled_by_family' });
    el.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
    expect(sent).toEqual([
      {
        session,
        changes: {
          date: '2022-03-09',
          type: 'filming',
          cycle: 2,
          outcome: 'cancelled_by_family',
          contactMinutes: 45,
          travelMinutes: 20,
          prepMinutes: 10,
        },
      },
    ]);
  });

  it('offers no buttons on a session the viewer may not change', async () => {
    const fixture = TestBed.createComponent(FamilySessions);
    fixture.componentRef.setInput('sessions', [session]);
    fixture.componentRef.setInput('canChange', () => false);
    fixture.componentRef.setInput('today', '2022-03-31');
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelectorAll('button').length).toBe(0);
  });
});
