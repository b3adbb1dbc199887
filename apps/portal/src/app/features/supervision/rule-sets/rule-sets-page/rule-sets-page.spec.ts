import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { AVIGUK_THREE_STAGE } from '@attune/domain';
import { fakeConfirm } from '../../../../core/confirm/confirm.fixture';
import { RuleSetsPageActions } from '../rule-sets.actions';
import { initialRuleSetsState } from '../rule-sets.feature';
import { RuleSetView } from '../rule-sets.models';
import RuleSetsPage from './rule-sets-page';

const preset: RuleSetView = {
  code: 'aviguk_3_stage',
  name: 'AVIGuk three stages',
  preset: true,
  inForce: true,
  definition: AVIGUK_THREE_STAGE,
  version: 1,
};
const copy: RuleSetView = {
  ...preset,
  code: 'mine',
  name: 'Our route',
  preset: false,
  inForce: false,
};

async function render() {
  const confirm = fakeConfirm();
  const { answer, ask } = confirm;
  TestBed.configureTestingModule({
    providers: [
      confirm.provider,
      provideMockStore({
        initialState: {
          ruleSets: { ...initialRuleSetsState, programmeId: 'p1', items: [preset, copy] },
        },
      }),
    ],
  });
  const store = TestBed.inject(MockStore);
  const dispatched: { type: string }[] = [];
  store.scannedActions$.subscribe((a) => dispatched.push(a));
  const fixture = TestBed.createComponent(RuleSetsPage);
  fixture.componentRef.setInput('programmeId', 'p1');
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const putInForce = [...el.querySelectorAll('button')].find((b) =>
    b.textContent.trim().startsWith('Put in force'),
  )!;
  return { putInForce, dispatched, ask, answer };
}

const inForce = (dispatched: { type: string }[]) =>
  dispatched.filter((a) => a.type === RuleSetsPageActions.inForceRequested.type);

describe('RuleSetsPage', () => {
  it('asks before putting a rule set in force, naming the one it replaces', async () => {
    const { putInForce, dispatched, ask, answer } = await render();
    putInForce.click();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask.mock.calls[0]![0]).toMatchObject({
      title: 'Put Our route in force?',
      message: expect.stringContaining(
        'Our route (mine) will be the rule set in force in place of AVIGuk three stages (aviguk_3_stage).',
      ),
      confirmLabel: 'Put in force',
    });
    expect(inForce(dispatched)).toEqual([]);
    answer.next(true);
    expect(inForce(dispatched)).toEqual([RuleSetsPageActions.inForceRequested({ code: 'mine' })]);
  });

  it('changes nothing when the admin cancels', async () => {
    const { putInForce, dispatched, answer } = await render();
    putInForce.click();
    answer.next(false);
    expect(inForce(dispatched)).toEqual([]);
  });
});
