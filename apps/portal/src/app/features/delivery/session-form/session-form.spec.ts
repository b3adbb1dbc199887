import { describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { deliveryWindow } from '@attune/domain';
import type { FamilyView, SessionInput } from '../delivery.models';
import { SessionForm } from './session-form';

const family = { reference: 'F-LA1-0001', status: 'not_proceeded' } as FamilyView;
// Delivery ended 30 Jun 2022; today is years later: the window ends at the delivery end.
const WINDOW = deliveryWindow({ startDate: '2021-09-01', deliveryEnd: '2022-06-30' }, '2026-12-07');

async function render(
  sessions: { familyReference: string; type: 'initial_meeting'; date: string }[] = [],
) {
  const fixture = TestBed.createComponent(SessionForm);
  fixture.componentRef.setInput('families', [family]);
  fixture.componentRef.setInput('today', '2026-12-07');
  fixture.componentRef.setInput('window', WINDOW);
  fixture.componentRef.setInput('sessions', sessions);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const sent: SessionInput[] = [];
  fixture.componentInstance.submitted.subscribe((s) => sent.push(s));
  const type = async (selector: string, value: string) => {
    const input = el.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
    await fixture.whenStable();
  };
  return { fixture, el, sent, type };
}

describe('SessionForm', () => {
  it("starts inside the programme's window, not on a today long after delivery", async () => {
    const { el, fixture } = await render();
    expect(fixture.componentInstance.form.controls.date.value).toBe('2022-06-30');
    expect(el.querySelector<HTMLInputElement>('input.mat-datepicker-input')!.value).toBe(
      '30/06/2022',
    );
    expect(el.querySelector('option')!.textContent).toContain('(not proceeded)');
  });

  it('sends the day typed as DD/MM/YYYY as an ISO date', async () => {
    const { el, sent, type } = await render();
    await type('input.mat-datepicker-input', '03/04/2022');
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    expect(sent.map((s) => s.date)).toEqual(['2022-04-03']);
  });

  it('says at the field why a date or minutes are refused', async () => {
    const { el, type } = await render();
    await type('input.mat-datepicker-input', '31/04/2022');
    expect(el.querySelector('#session-date-error')!.textContent).toContain('DD/MM/YYYY');
    await type('input.mat-datepicker-input', '01/07/2022');
    expect(el.querySelector('#session-date-error')!.textContent).toContain(
      "outside the programme's window, 1 Sep 2021 to 30 Jun 2022",
    );

    await type('input[formcontrolname="travelMinutes"]', '-5');
    const travel = el.querySelector('input[formcontrolname="travelMinutes"]')!;
    expect(travel.getAttribute('aria-describedby')).toBe('session-travelMinutes-error');
    expect(el.querySelector('#session-travelMinutes-error')!.textContent).toContain(
      'cannot be negative',
    );
    await type('input[formcontrolname="prepMinutes"]', '');
    expect(el.querySelector('#session-prepMinutes-error')!.textContent).toContain('required');
  });

  it('points out a second initial meeting for the same family, without refusing it', async () => {
    const { el, type } = await render([
      { familyReference: 'F-LA1-0001', type: 'initial_meeting', date: '2021-10-04' },
    ]);
    expect(el.querySelector('[data-testid="second-initial-meeting"]')).toBeNull();
    await type('select[formcontrolname="type"]', 'initial_meeting');
    expect(el.querySelector('[data-testid="second-initial-meeting"]')!.textContent).toContain(
      'already had an initial meeting on 4 Oct 2021',
    );
  });
});
