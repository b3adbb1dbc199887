import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { provideMockStore } from '@ngrx/store/testing';
import { initialSupervisionState } from '../supervision.feature';
import { TraineeProgress } from '../supervision.models';
import { AccreditationPage } from './accreditation-page';

const row = (overrides: Partial<TraineeProgress>) =>
  ({
    code: 'P-LA1-01',
    displayName: 'Ann',
    laCode: 'LA1',
    status: 'active',
    stage: 1,
    cyclesCompleted: 4,
    familiesWorkedWith: 2,
    supervisionSessions: 1,
    supervisionMinutes: 90,
    lastSupervisionDate: '2022-06-14',
    daysSinceSupervision: 16,
    nextRequirement: 'To the mid-point review: 5 more completed cycles',
    projectedAccreditationDate: '2022-06-20',
    onTrack: true,
    requirements: [],
    ...overrides,
  }) as TraineeProgress;

async function render(items: TraineeProgress[]): Promise<HTMLElement> {
  TestBed.configureTestingModule({
    providers: [
      provideMockStore({
        initialState: {
          supervision: {
            ...initialSupervisionState,
            programmeId: 'p1',
            progress: {
              asOf: '2022-06-30',
              deliveryEnd: '2022-06-30',
              ruleSet: { code: 'aviguk_18_cycle', name: 'AVIGuk 18-cycle' },
              total: items.length,
              items,
            },
          },
        },
      }),
    ],
  });
  const fixture = TestBed.createComponent(AccreditationPage);
  fixture.componentRef.setInput('programmeId', 'p1');
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const cells = (el: HTMLElement) =>
  [...el.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim()),
  );

describe('AccreditationPage', () => {
  it('says the supervision in words: a count in the right number, the last date under its own column', async () => {
    const el = await render([
      row({}),
      row({
        code: 'P-LA1-02',
        displayName: 'Bo',
        supervisionSessions: 3,
        supervisionMinutes: 240,
        lastSupervisionDate: null,
        daysSinceSupervision: null,
      }),
    ]);
    const [ann, bo] = cells(el);
    // The column is "Last supervised": its cells do not say it again (a phone's card shows both).
    expect(ann![5]).toBe('1 session, 1 h 30 min');
    expect(ann![6]).toBe('14 Jun 2022 (16 days ago)');
    expect(bo![5]).toBe('3 sessions, 4 h');
    expect(bo![6]).toBe('Over four weeks: Never');
  });
});
