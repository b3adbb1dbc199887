import { describe, it, expect } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FamilyAction, FamilyDetail } from '../delivery.models';
import { practitionerRow, referredFamily } from '../family-page/family.fixture';
import { FamilyActions } from './family-actions';

describe('FamilyActions', () => {
  let fixture: ComponentFixture<FamilyActions>;
  let sent: FamilyAction[];
  const el = () => fixture.nativeElement as HTMLElement;
  const q = <T extends Element>(selector: string) => el().querySelector<T>(selector);
  const buttonNamed = (text: string) =>
    [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === text);

  async function render(family: FamilyDetail, canManage = true): Promise<void> {
    fixture = TestBed.createComponent(FamilyActions);
    fixture.componentRef.setInput('family', family);
    fixture.componentRef.setInput('canManage', canManage);
    fixture.componentRef.setInput('today', '2022-03-15');
    fixture.componentRef.setInput('practitioners', [
      practitionerRow(),
      practitionerRow({ code: 'P-LA1-02', vigMinutesLast4Weeks: 600 }),
    ]);
    sent = [];
    fixture.componentInstance.submitted.subscribe((a) => sent.push(a));
    await fixture.whenStable();
  }

  async function choose(name: string, value: string): Promise<void> {
    const select = q<HTMLSelectElement>(`select[name="${name}"]`)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  const submit = (heading: string) =>
    q<HTMLFormElement>(`form[aria-labelledby="${heading}"]`)!.dispatchEvent(new Event('submit'));

  it('shows no action at all to someone who may not change families', async () => {
    await render(referredFamily(), false);
    expect(el().querySelectorAll('button, form').length).toBe(0);
  });

  it('randomises only after the confirm step, and can be cancelled', async () => {
    await render(referredFamily());
    q<HTMLButtonElement>('[data-testid="randomise"]')!.click();
    await fixture.whenStable();
    expect(el().textContent).toContain('A randomisation cannot be undone.');
    expect(document.activeElement).toBe(q('[data-testid="confirm-randomise"]'));
    expect(sent).toEqual([]);
    buttonNamed('Cancel')!.click();
    await fixture.whenStable();
    expect(q('[data-testid="confirm-randomise"]')).toBeNull();
    expect(document.activeElement).toBe(q('[data-testid="randomise"]'));
    q<HTMLButtonElement>('[data-testid="randomise"]')!.click();
    await fixture.whenStable();
    q<HTMLButtonElement>('[data-testid="confirm-randomise"]')!.click();
    expect(sent).toEqual([{ kind: 'randomise' }]);
  });

  it('offers randomisation only once the baseline is recorded, and says why', async () => {
    await render(referredFamily({ baselineCompletedOn: null }));
    const button = q<HTMLButtonElement>('[data-testid="randomise"]')!;
    expect(button.disabled).toBe(true);
    expect(q(`#${button.getAttribute('aria-describedby')}`)!.textContent).toContain(
      'Record the baseline questionnaire first',
    );
    expect(buttonNamed('Record randomisation')!.disabled).toBe(true);
  });

  it('allocates a referred family outside the trial (admin) only with a reason', async () => {
    await render(
      referredFamily({
        nextStatuses: [
          { status: 'randomised', reasons: [] },
          { status: 'allocated', reasons: [] },
          { status: 'not_proceeded', reasons: ['moved_away'] },
        ],
      }),
    );
    await choose('practitionerCode', 'P-LA1-01');
    const allocate = buttonNamed('Allocate outside the trial')!;
    expect(allocate.disabled).toBe(true);
    submit('allocate-heading');
    expect(sent).toEqual([]);
    const reason = q<HTMLInputElement>('input[name="outsideTrialReason"]')!;
    reason.value = 'pilot family';
    reason.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(allocate.disabled).toBe(false);
    submit('allocate-heading');
    expect(sent).toEqual([
      { kind: 'allocate', practitionerCode: 'P-LA1-01', outsideTrialReason: 'pilot family' },
    ]);
  });

  it('records an arm drawn elsewhere with its date (today unless changed)', async () => {
    await render(referredFamily());
    await choose('arm', 'control');
    submit('record-heading');
    expect(sent).toEqual([
      { kind: 'record-randomisation', trialArm: 'control', randomisationDate: '2022-03-15' },
    ]);
  });

  it('requires the reason for not proceeding before the change can be sent', async () => {
    await render(referredFamily());
    const statuses = [...el().querySelectorAll('select[name="status"] option')].map((o) =>
      o.getAttribute('value'),
    );
    // Randomised has its own action; only the remaining allowed status is offered here.
    expect(statuses).toEqual(['', 'not_proceeded']);
    await choose('status', 'not_proceeded');
    expect(el().textContent).toContain('Choose the reason for not proceeded.');
    expect(buttonNamed('Change status')!.disabled).toBe(true);
    submit('status-heading');
    expect(sent).toEqual([]);
    await choose('reason', 'moved_away');
    expect(buttonNamed('Change status')!.disabled).toBe(false);
    submit('status-heading');
    expect(sent).toEqual([{ kind: 'status', status: 'not_proceeded', reason: 'moved_away' }]);
    // The family read again (new version): the form starts afresh, not with the old choice.
    fixture.componentRef.setInput('family', referredFamily({ version: 4 }));
    await fixture.whenStable();
    expect(q('select[name="reason"]')).toBeNull();
    expect(buttonNamed('Change status')!.disabled).toBe(true);
  });

  it("shows the chosen practitioner's load and a capacity warning in words before allocating", async () => {
    await render(
      referredFamily({
        status: 'randomised',
        trialArm: 'intervention',
        randomisationDate: '2022-03-02',
        nextStatuses: [{ status: 'allocated', reasons: [] }],
      }),
    );
    expect(q('[data-testid="randomise"]')).toBeNull();
    await choose('practitionerCode', 'P-LA1-01');
    expect(q('[data-testid="practitioner-load"]')!.textContent).toContain(
      '7 h 30 min of 7 h 30 min a week used',
    );
    expect(q('[data-testid="over-hours"]')!.textContent).toContain(
      'P-LA1-01 is at or over their hours allotted.',
    );
    await choose('practitionerCode', 'P-LA1-02');
    expect(q('[data-testid="over-hours"]')).toBeNull();
    submit('allocate-heading');
    expect(sent).toEqual([{ kind: 'allocate', practitionerCode: 'P-LA1-02' }]);
  });

  it('records or clears the six-month outcome of a randomised family', async () => {
    await render(
      referredFamily({
        status: 'active',
        trialArm: 'intervention',
        randomisationDate: '2022-03-02',
        outcome6m: 'CP',
        nextStatuses: [],
      }),
    );
    expect(q<HTMLSelectElement>('select[name="outcome6m"]')!.value).toBe('CP');
    await choose('outcome6m', 'none');
    submit('outcome-heading');
    await choose('outcome6m', '');
    submit('outcome-heading');
    expect(sent).toEqual([
      { kind: 'outcome', outcome6m: 'none' },
      { kind: 'outcome', outcome6m: null },
    ]);
  });
});
