import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TraineeProgress } from '../supervision.models';
import { TraineeCard } from './trainee-card';

const row: TraineeProgress = {
  code: 'P-LA1-02',
  laCode: 'LA1',
  displayName: 'Sam Jones',
  supervisorCode: 'S-01',
  stage: 1,
  cyclesCompleted: 2,
  familiesWorkedWith: 1,
  supervisionMinutes: 90,
  supervisionSessions: 1,
  requirementsMet: false,
  nextRequirement: 'To the mid-point review: 7 more completed cycles',
  projectedAccreditationDate: null,
  onTrack: false,
  status: 'active',
  requirements: [
    { key: 'cycles', label: 'Completed cycles', required: 9, achieved: 2 },
    {
      key: 'supervision_minutes',
      label: 'Individual supervision',
      required: 450,
      achieved: 90,
    },
  ],
  lastSupervisionDate: '2022-02-01',
  daysSinceSupervision: 58,
  cycleCompletions: ['2022-01-10', '2022-02-14'],
};

describe('TraineeCard', () => {
  let fixture: ComponentFixture<TraineeCard>;
  const el = () => fixture.nativeElement as HTMLElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(TraineeCard);
    fixture.componentRef.setInput('row', row);
    fixture.componentRef.setInput('from', '2021-07-01');
    fixture.componentRef.setInput('asOf', '2022-03-31');
    fixture.componentRef.setInput('rank', 1);
    await fixture.whenStable();
  });

  it('shows each requirement as a labelled progress bar with its value in text', () => {
    const bars = [...el().querySelectorAll('[role="progressbar"]')];
    expect(
      bars.map((b) => [
        b.getAttribute('aria-valuenow'),
        b.getAttribute('aria-valuemax'),
        b.getAttribute('aria-valuetext'),
      ]),
    ).toEqual([
      ['2', '9', '2 of 9'],
      ['90', '450', '1 h 30 min of 7 h 30 min'],
    ]);
    const values = [...el().querySelectorAll('.requirements .value')].map((v) =>
      v.textContent?.trim(),
    );
    expect(values).toEqual(['2 of 9', '1 h 30 min of 7 h 30 min']);
    expect(el().querySelector('h3')!.textContent).toContain('Sam Jones (P-LA1-02)');
    expect(el().querySelector('[data-testid="supervision-hours"]')!.textContent).toBe(
      '1 session, 1 h 30 min supervision',
    );
  });

  it('flags a gap beyond four weeks in words, not by colour alone', () => {
    const gap = el().querySelector('[data-testid="gap"]')!;
    expect(gap.textContent).toContain('Over four weeks without supervision');
    expect(gap.textContent).toContain('Last supervised 1 Feb 2022 (58 days ago)');
  });

  it('draws cycles over time with a title, a description and the dates as a list', () => {
    const svg = el().querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(el().querySelector(`#${titleId}`)!.textContent).toContain(
      'Cycles completed over time, P-LA1-02',
    );
    expect(el().querySelector(`#${descId}`)!.textContent).toBe(
      '2 cycles completed, the first on 10 Jan 2022 and the latest on 14 Feb 2022; 9 needed by the end of this stage.',
    );
    expect([...el().querySelectorAll('figcaption li')].map((li) => li.textContent)).toEqual([
      '10 Jan 2022',
      '14 Feb 2022',
    ]);
  });
});
