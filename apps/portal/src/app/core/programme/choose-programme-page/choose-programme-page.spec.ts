import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { ProgrammeChooserActions, ProgrammeRouteActions } from '../programme.actions';
import { initialProgrammeState } from '../programme.feature';
import { PROGRAMMES } from '../programme.fixture';
import ChooseProgrammePage from './choose-programme-page';

async function render(query: { next?: string; unknown?: string }) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideMockStore({
        initialState: {
          programme: { ...initialProgrammeState, programmes: PROGRAMMES, status: 'loaded' },
        },
      }),
    ],
  });
  const store = TestBed.inject(MockStore);
  const dispatched: unknown[] = [];
  store.scannedActions$.subscribe((a) => dispatched.push(a));
  const fixture = TestBed.createComponent(ChooseProgrammePage);
  // The router binds these from the query (?next=&unknown=).
  if (query.next !== undefined) fixture.componentRef.setInput('next', query.next);
  if (query.unknown !== undefined) fixture.componentRef.setInput('unknown', query.unknown);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const choose = (id: string) => {
    const select = el.querySelector('select')!;
    select.value = id;
    select.dispatchEvent(new Event('change'));
  };
  return { el, dispatched, choose };
}

describe('ChooseProgrammePage', () => {
  it('reads the list afresh and goes on to the page asked for, in the programme chosen', async () => {
    const { dispatched, choose } = await render({ next: 'families?overdue=true' });
    expect(dispatched).toContainEqual(ProgrammeRouteActions.listNeeded({ fresh: true }));
    choose('p2');
    expect(dispatched).toContainEqual(
      ProgrammeChooserActions.chosen({ programmeId: 'p2', next: 'families?overdue=true' }),
    );
  });

  it('says when the link named a programme the user cannot see', async () => {
    const { el } = await render({ next: 'capacity', unknown: 'gone' });
    expect(el.querySelector('[data-testid="unknown-programme"]')!.textContent).toContain(
      'not one you can see',
    );
  });

  it('never goes on to another site', async () => {
    const { dispatched, choose } = await render({ next: '//evil.example/x' });
    choose('p1');
    expect(dispatched).toContainEqual(
      ProgrammeChooserActions.chosen({ programmeId: 'p1', next: '' }),
    );
  });
});
