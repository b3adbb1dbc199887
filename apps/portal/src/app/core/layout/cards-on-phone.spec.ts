import { describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CardsOnPhone } from './cards-on-phone';

@Component({
  imports: [CardsOnPhone],
  template: `
    <table attCardsOnPhone>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Activity</th>
          <th scope="col">Time</th>
        </tr>
      </thead>
      @for (day of days(); track day.name) {
        <tbody>
          @for (e of day.entries; track e; let first = $first) {
            <tr>
              @if (first) {
                <th scope="rowgroup" [attr.rowspan]="day.entries.length">{{ day.name }}</th>
              }
              <td>{{ e }}</td>
              <td>1 h</td>
            </tr>
          } @empty {
            <tr>
              <th scope="row">{{ day.name }}</th>
              <td colspan="2">No time recorded</td>
            </tr>
          }
        </tbody>
      }
    </table>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly days = signal([
    { name: 'Mon 7 Mar', entries: ['Travel', 'Meetings'] },
    { name: 'Tue 8 Mar', entries: [] as string[] },
  ]);
}

const flush = () => new Promise((resolve) => setTimeout(resolve));

describe('CardsOnPhone', () => {
  it('names every cell by its column, also in rows under a day, and keeps table roles', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const table = el.querySelector('table')!;
    expect(table.getAttribute('role')).toBe('table');
    expect(table.classList).toContain('cards-on-phone');
    const labels = [...el.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map(
        (c) => `${c.getAttribute('role')}:${c.getAttribute('data-label')}`,
      ),
    );
    expect(labels).toEqual([
      ['rowheader:Day', 'cell:Activity', 'cell:Time'],
      ['cell:Activity', 'cell:Time'],
      // A day with nothing: still its day, the one cell across the rest unnamed.
      ['rowheader:Day', 'cell:'],
    ]);
    expect(el.querySelector('thead th')?.getAttribute('role')).toBe('columnheader');
  });

  it('names the cells of rows added later', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    fixture.componentInstance.days.set([
      { name: 'Mon 7 Mar', entries: ['Travel'] },
      { name: 'Tue 8 Mar', entries: ['Admin'] },
    ]);
    await fixture.whenStable();
    await flush();
    const last = [...(fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr')].at(-1)!;
    expect([...last.children].map((c) => c.getAttribute('data-label'))).toEqual([
      'Day',
      'Activity',
      'Time',
    ]);
  });
});
