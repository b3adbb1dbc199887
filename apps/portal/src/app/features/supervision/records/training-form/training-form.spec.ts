import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SuperviseeOption } from '../../supervision.models';
import { TrainingEventInput } from '../records.models';
import { TrainingForm } from './training-form';

const practitioners: SuperviseeOption[] = ['P-LA1-01', 'P-LA1-02', 'P-LA1-03'].map((code) => ({
  code,
  displayName: `Name ${code}`,
  laCode: 'LA1',
  supervisorCode: 'S-01',
  status: 'active',
  families: [],
}));

describe('TrainingForm', () => {
  let fixture: ComponentFixture<TrainingForm>;
  let sent: TrainingEventInput[];
  const el = () => fixture.nativeElement as HTMLElement;
  const field = (name: string) =>
    el().querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`)!;

  async function type(input: HTMLInputElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function tick(code: string): Promise<void> {
    el().querySelector<HTMLInputElement>(`input[data-code="${code}"]`)!.click();
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    el().querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    fixture = TestBed.createComponent(TrainingForm);
    fixture.componentRef.setInput('practitioners', practitioners);
    fixture.componentRef.setInput('trainerCode', 'S-01');
    fixture.componentRef.setInput('today', '2021-07-05');
    sent = [];
    fixture.componentInstance.submitted.subscribe((i) => sent.push(i));
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

  it('sends trainers and attendees, each with the minutes they attended', async () => {
    await type(field('durationMinutes'), '300');
    await type(field('trainers'), 'S-01, S-02');
    await type(field('venue'), 'Town hall');
    await tick('P-LA1-01');
    await tick('P-LA1-03');
    // Ticking fills in the whole event; one attendee left early.
    const minutes = el().querySelector<HTMLInputElement>('input[data-minutes="P-LA1-03"]')!;
    expect(minutes.value).toBe('300');
    expect(minutes.closest('label')?.textContent).toContain('Minutes attended by Name P-LA1-03');
    await type(minutes, '120');
    await submit();
    expect(sent).toEqual([
      {
        date: '2021-07-05',
        type: 'initial_course',
        durationMinutes: 300,
        venue: 'Town hall',
        trainerCodes: ['S-01', 'S-02'],
        attendees: [
          { staffCode: 'P-LA1-01', minutesAttended: 300 },
          { staffCode: 'P-LA1-03', minutesAttended: 120 },
        ],
      },
    ]);
  });

  it('refuses minutes beyond the event and a missing trainer, saying which', async () => {
    await type(field('trainers'), '');
    await tick('P-LA1-02');
    await type(el().querySelector<HTMLInputElement>('input[data-minutes="P-LA1-02"]')!, '999');
    await submit();
    expect(sent).toEqual([]);
    const problem = el().querySelector('[aria-live="assertive"]')!.textContent ?? '';
    expect(problem).toContain('at least one trainer');
    expect(problem).toContain('Minutes attended by P-LA1-02');
  });

  it('keeps attendees it does not offer when an event is edited', async () => {
    const updates: unknown[] = [];
    fixture.componentInstance.updated.subscribe((u) => updates.push(u));
    fixture.componentRef.setInput('editing', {
      id: 'e1',
      code: 'TR-1',
      date: '2021-07-05',
      type: 'group_day',
      durationMinutes: 360,
      venue: null,
      trainerCodes: ['S-01'],
      attendees: [
        { staffCode: 'P-LA1-01', minutesAttended: 360 },
        { staffCode: 'S-02', minutesAttended: 200 },
      ],
      version: 2,
      canEdit: true,
    });
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="other-attendees"]')?.textContent).toContain('S-02');
    await submit();
    expect(updates).toEqual([
      {
        id: 'e1',
        version: 2,
        input: expect.objectContaining({
          attendees: [
            { staffCode: 'P-LA1-01', minutesAttended: 360 },
            { staffCode: 'S-02', minutesAttended: 200 },
          ],
        }) as unknown,
      },
    ]);
  });
});
