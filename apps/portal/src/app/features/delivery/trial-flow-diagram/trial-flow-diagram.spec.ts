import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { TrialFlowCounts } from '../delivery.models';
import { TrialFlowDiagram } from './trial-flow-diagram';

const counts: TrialFlowCounts = {
  referred: 12,
  ineligible: { child_too_old: 2 },
  notProceeded: { moved_away: 1, court_proceedings: 2 },
  withdrawn: { family_withdrew: 1 },
  randomised: { intervention: 5, control: 4 },
  notRandomised: 1,
  allocated: 5,
  started: 4,
  completed: 2,
  followUp4mCompleted: 3,
  outcome6mRecorded: 1,
  dropOut: { count: 1, of: 9, rate: '0.1111' },
  needingSupport: { count: 3, of: 12, rate: '0.2500' },
};

describe('TrialFlowDiagram', () => {
  it('draws the flow for sighted users and gives screen readers the same figures in a table', async () => {
    const fixture = TestBed.createComponent(TrialFlowDiagram);
    fixture.componentRef.setInput('counts', counts);
    fixture.componentRef.setInput('asOf', '2021-09-30');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const svg = el.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelector('[data-box="randomised"]')!.textContent).toContain('9');
    expect(svg.querySelector('[data-box="not-proceeded"]')!.textContent).toContain('3');
    const rows = [...el.querySelectorAll('tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent.trim()),
    );
    expect(rows).toContainEqual(['Not randomised (outside)', '1']);
    expect(rows).toContainEqual([
      'Drop-out rate (randomised families withdrawn or not proceeding)',
      '11.11%',
    ]);
    expect(rows).toContainEqual(['Share needing translation or support', '25.00%']);
    expect(el.querySelector('caption')!.textContent).toContain('as of 30 Sep 2021');
    expect(el.textContent).toContain('5 randomised to intervention and 4 to control');
  });
});
