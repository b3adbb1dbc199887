import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SupervisionFormOptions, SupervisionInput } from '../supervision.models';
import { SupervisionForm } from './supervision-form';

const options: SupervisionFormOptions = {
  supervisorCode: 'S-01',
  cyclesPerFamily: 3,
  practitioners: ['P-LA1-01', 'P-LA1-02', 'P-LA1-03'].map((code) => ({
    code,
    displayName: `Name ${code}`,
    laCode: 'LA1',
    supervisorCode: 'S-01',
    status: 'active',
    families: [`F-${code}`],
  })),
};

describe('SupervisionForm', () => {
  let fixture: ComponentFixture<SupervisionForm>;
  let sent: SupervisionInput[];
  const el = () => fixture.nativeElement as HTMLElement;
  const box = (code: string) => el().querySelector<HTMLInputElement>(`input[data-code="${code}"]`)!;
  const radio = (value: string) =>
    el().querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!;

  async function tick(code: string): Promise<void> {
    box(code).click();
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    el().querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    fixture = TestBed.createComponent(SupervisionForm);
    fixture.componentRef.setInput('options', options);
    fixture.componentRef.setInput('today', '2022-03-31');
    sent = [];
    fixture.componentInstance.submitted.subscribe((input) => sent.push(input));
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

  it('starts with the usual session: today, 60 minutes, individual, in person', () => {
    expect(el().querySelector<HTMLInputElement>('input.mat-datepicker-input')!.value).toBe(
      '31/03/2022',
    );
    expect(
      el().querySelector<HTMLInputElement>('input[formcontrolname="durationMinutes"]')!.value,
    ).toBe('60');
    expect(radio('individual').checked).toBe(true);
    expect(radio('in_person').checked).toBe(true);
    // One tab stop per choice: the radios of a group share a name (arrow keys move within it).
    expect(radio('individual').name).toBe('format');
    expect(radio('group').name).toBe('format');
    expect(radio('in_person').name).toBe('mode');
    expect(radio('remote').name).toBe('mode');
    const labels = [...el().querySelectorAll('.attendees > .attendee label.check')].map((l) =>
      l.textContent?.trim(),
    );
    expect(labels).toEqual([
      'Name P-LA1-01 (P-LA1-01)',
      'Name P-LA1-02 (P-LA1-02)',
      'Name P-LA1-03 (P-LA1-03)',
    ]);
  });

  it('logs a group session for the trainees ticked, switching to group by itself', async () => {
    await tick('P-LA1-01');
    expect(radio('individual').checked).toBe(true);
    await tick('P-LA1-02');
    await tick('P-LA1-03');
    expect(radio('group').checked).toBe(true);
    // The first trainee's film and a principle, by the controls that appear once ticked.
    const family = el().querySelector<HTMLSelectElement>('select[formcontrolname="family"]')!;
    family.value = 'F-P-LA1-01';
    family.dispatchEvent(new Event('change'));
    const cycle = el().querySelector<HTMLSelectElement>('select[formcontrolname="cycle"]')!;
    cycle.value = '2';
    cycle.dispatchEvent(new Event('change'));
    const guiding = [...el().querySelectorAll('.principles label')].find(
      (l) => l.textContent?.trim() === 'Guiding',
    )!;
    guiding.querySelector('input')!.click();
    await submit();
    expect(sent).toEqual([
      {
        date: '2022-03-31',
        format: 'group',
        mode: 'in_person',
        durationMinutes: 60,
        prepMinutes: 0,
        notes: null,
        attendees: [
          {
            practitionerCode: 'P-LA1-01',
            familyReference: 'F-P-LA1-01',
            cycle: 2,
            principles: ['guiding'],
          },
          { practitionerCode: 'P-LA1-02', familyReference: null, cycle: null, principles: [] },
          { practitionerCode: 'P-LA1-03', familyReference: null, cycle: null, principles: [] },
        ],
      },
    ]);
  });

  it('says what is missing instead of sending an empty session', async () => {
    await submit();
    expect(sent).toEqual([]);
    expect(el().querySelector('[aria-live="assertive"]')!.textContent).toContain(
      'Choose at least one trainee who attended.',
    );
  });

  it('offers to reload after a conflicting edit', async () => {
    const reloads: string[] = [];
    fixture.componentInstance.reload.subscribe((id) => reloads.push(id));
    fixture.componentRef.setInput('conflictId', 'abc');
    fixture.componentRef.setInput(
      'error',
      'Someone else changed this session since you opened it.',
    );
    await fixture.whenStable();
    const button = [...el().querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Reload the latest version'),
    )!;
    button.click();
    expect(reloads).toEqual(['abc']);
    expect(el().textContent).toContain('Someone else changed this session');
  });
});
