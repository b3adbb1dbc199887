import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import type { MonthReviewView } from '../delivery.models';
import { MonthReviewTable } from './month-review-table';

const none = {
  direct_delivery: 0,
  travel: 0,
  preparation: 0,
  supervision_provided: 0,
  supervision_received: 0,
  training_delivered: 0,
  training_received: 0,
  case_recording: 0,
  meetings: 0,
  admin: 0,
  other: 0,
};
const minutes = { ...none, supervision_received: 285, travel: 55 };
const review: MonthReviewView = {
  laCode: 'LA1',
  month: '2022-06',
  rows: [
    {
      staffCode: 'P-LA1-01',
      displayName: 'Alex Hartley',
      costRole: 'social_worker',
      practitioner: true,
      minutesByActivity: minutes,
      totalMinutes: 340,
      sessionsHeld: 2,
      sessionsRecorded: 2,
      openFamilies: 1,
      missing: false,
    },
  ],
  totals: { minutesByActivity: minutes, totalMinutes: 340, sessionsHeld: 2, sessionsRecorded: 2 },
  missing: [],
  lock: null,
};

describe('MonthReviewTable', () => {
  it("names the month and each activity in words, and each person's time as hours and minutes", async () => {
    const fixture = TestBed.createComponent(MonthReviewTable);
    fixture.componentRef.setInput('review', review);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const text = (selector: string) =>
      Array.from(el.querySelectorAll(selector)).map((c) => c.textContent?.trim());
    expect(text('caption')[0]).toBe(
      'June 2022 for LA1: time by person and activity, family sessions',
    );
    expect(text('thead th')).toEqual([
      'Person',
      'Travel',
      'Supervision received',
      'Total time',
      'Sessions held',
      'Open families',
      'Missing',
    ]);
    expect(text('tbody td').slice(0, 4)).toEqual(['55 min', '4 h 45 min', '5 h 40 min', '2']);
    expect(text('tfoot td').slice(0, 3)).toEqual(['55 min', '4 h 45 min', '5 h 40 min']);
  });
});
