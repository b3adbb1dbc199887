import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SuperviseeOption } from '../../supervision.models';
import { Milestone, MilestoneInput, RecordEdit } from '../records.models';
import { MilestoneForm } from './milestone-form';

const practitioners: SuperviseeOption[] = ['P-LA1-01', 'P-LA1-02'].map((code) => ({
  code,
  displayName: `Name ${code}`,
  laCode: 'LA1',
  supervisorCode: 'S-01',
  status: 'active',
  families: [],
}));

describe('MilestoneForm', () => {
  let fixture: ComponentFixture<MilestoneForm>;
  let sent: MilestoneInput[];
  let updates: RecordEdit<MilestoneInput>[];
  const el = () => fixture.nativeElement as HTMLElement;
  const select = (name: string) =>
    el().querySelector<HTMLSelectElement>(`select[formcontrolname="${name}"]`)!;
  const text = (name: string) =>
    el().querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`)!;

  async function choose(control: HTMLSelectElement | HTMLInputElement, value: string) {
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    el().querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    fixture = TestBed.createComponent(MilestoneForm);
    fixture.componentRef.setInput('practitioners', practitioners);
    fixture.componentRef.setInput('today', '2022-03-31');
    sent = [];
    updates = [];
    fixture.componentInstance.submitted.subscribe((i) => sent.push(i));
    fixture.componentInstance.updated.subscribe((u) => updates.push(u));
    await fixture.whenStable();
  });

  it('opens a new record on a day inside the programme, not on a today after it ended', async () => {
    fixture.componentRef.setInput('today', '2026-12-07');
    fixture.componentRef.setInput('window', { from: '2021-09-01', to: '2023-03-31' });
    await fixture.whenStable();
    const date = fixture.componentInstance.form.controls.date;
    expect(date.value).toBe('2023-03-31');
    expect(date.errors?.['window']).toBeUndefined();
  });

  it('labels every control, so it can be filled by keyboard and screen reader', () => {
    for (const control of el().querySelectorAll('input, select')) {
      expect(control.closest('label')?.textContent?.trim()).toBeTruthy();
    }
  });

  it('says in the live region what is missing and sends nothing', async () => {
    await submit();
    expect(sent).toEqual([]);
    const problem = el().querySelector('[aria-live="assertive"] [data-testid="form-problem"]');
    expect(problem?.textContent).toContain('Choose the trainee.');
  });

  it('sends the trainee, type, date, assessor and outcome', async () => {
    await choose(select('practitionerCode'), 'P-LA1-02');
    await choose(select('type'), 'midpoint_review');
    await choose(text('assessorCode'), ' S-07 ');
    const deferred = [...el().querySelectorAll('.choices label')].find(
      (l) => l.textContent?.trim() === 'Deferred',
    );
    deferred!.querySelector('input')!.click();
    await submit();
    expect(sent).toEqual([
      {
        practitionerCode: 'P-LA1-02',
        type: 'midpoint_review',
        date: '2022-03-31',
        assessorCode: 'S-07',
        outcome: 'deferred',
      },
    ]);
  });

  it('edits with the version it was read at, and offers a reload after a conflict', async () => {
    const milestone: Milestone = {
      id: '7',
      practitionerCode: 'P-LA1-01',
      type: 'stage_transition',
      date: '2022-02-10',
      assessorCode: null,
      outcome: 'passed',
      version: 5,
      canEdit: true,
    };
    fixture.componentRef.setInput('editing', milestone);
    await fixture.whenStable();
    expect(select('practitionerCode').value).toBe('P-LA1-01');
    await submit();
    expect(updates).toEqual([
      {
        id: '7',
        version: 5,
        input: {
          practitionerCode: 'P-LA1-01',
          type: 'stage_transition',
          date: '2022-02-10',
          assessorCode: null,
          outcome: 'passed',
        },
      },
    ]);
    fixture.componentRef.setInput('conflictId', '7');
    fixture.componentRef.setInput('error', 'Someone else changed this milestone.');
    await fixture.whenStable();
    const reloads: string[] = [];
    fixture.componentInstance.reload.subscribe((id) => reloads.push(id));
    const reload = [...el().querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Reload the latest version'),
    )!;
    reload.click();
    expect(reloads).toEqual(['7']);
    expect(el().querySelector('[data-testid="save-error"]')?.textContent).toContain(
      'Someone else changed',
    );
  });
});
