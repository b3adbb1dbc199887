import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { ProgrammeView } from '@attune/contract';
import { fakeConfirm } from '../../../core/confirm/confirm.fixture';
import { provideUkDates } from '../../../core/forms/uk-date-adapter';
import { SettingsPageActions } from '../settings/settings.actions';
import { initialSettingsState } from '../settings/settings.feature';
import SettingsPage from './settings-page';

const programme = {
  id: 'p1',
  name: 'VIG evaluation',
  ruleSet: 'aviguk_18_cycle',
  version: 5,
} as ProgrammeView;

async function render() {
  const confirm = fakeConfirm();
  TestBed.configureTestingModule({
    providers: [
      confirm.provider,
      provideUkDates(),
      provideMockStore({
        initialState: {
          programmeSettings: {
            ...initialSettingsState,
            programmeId: 'p1',
            programme,
            ruleSets: [
              { code: 'aviguk_18_cycle', name: 'AVIGuk 18-cycle' },
              { code: 'mine', name: 'Our route' },
            ],
          },
        },
      }),
    ],
  });
  const store = TestBed.inject(MockStore);
  const dispatched: Action[] = [];
  store.scannedActions$.subscribe((a) => dispatched.push(a));
  const fixture = TestBed.createComponent(SettingsPage);
  fixture.componentRef.setInput('programmeId', 'p1');
  await fixture.whenStable();
  dispatched.length = 0;
  return { page: fixture.componentInstance, dispatched, ...confirm };
}

describe('SettingsPage', () => {
  it('asks before a new rule set is put in force, naming both, and saves only when confirmed', async () => {
    const { page, dispatched, ask, answer } = await render();
    const change = { version: 5, ruleSet: 'mine' };
    page.save(change);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask.mock.calls[0]![0]).toMatchObject({
      title: 'Put Our route in force?',
      message: expect.stringContaining('in place of AVIGuk 18-cycle (aviguk_18_cycle)'),
    });
    expect(dispatched).toEqual([]);
    answer.next(true);
    expect(dispatched).toEqual([SettingsPageActions.saveSubmitted({ change })]);
  });

  it('saves nothing when the question is declined', async () => {
    const { page, dispatched, answer } = await render();
    page.save({ version: 5, ruleSet: 'mine' });
    answer.next(false);
    expect(dispatched).toEqual([]);
  });

  it('saves other changes at once, without asking', async () => {
    const { page, dispatched, ask } = await render();
    const change = { version: 5, name: 'VIG evaluation 2', ruleSet: 'aviguk_18_cycle' };
    page.save(change);
    expect(ask).not.toHaveBeenCalled();
    expect(dispatched).toEqual([SettingsPageActions.saveSubmitted({ change })]);
  });
});
