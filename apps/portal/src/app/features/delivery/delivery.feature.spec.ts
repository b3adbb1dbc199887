import { describe, it, expect } from '@jest/globals';
import { DeliveryApiActions, DeliveryPageActions } from './delivery.actions';
import { deliveryFeature, initialDeliveryState } from './delivery.feature';

const reduce = deliveryFeature.reducer;

describe('delivery state', () => {
  it('chooses the first programme it can see, and says so when there is none', () => {
    let state = reduce(
      initialDeliveryState,
      DeliveryPageActions.opened({ view: { kind: 'capacity' } }),
    );
    state = reduce(
      state,
      DeliveryApiActions.programmesLoaded({
        programmes: [
          { id: 'p1', name: 'One' },
          { id: 'p2', name: 'Two' },
        ],
      }),
    );
    expect(state.programmeId).toBe('p1');
    expect(state.loading).toBe(true);
    const none = reduce(
      initialDeliveryState,
      DeliveryApiActions.programmesLoaded({ programmes: [] }),
    );
    expect(none.loadError).toBe('There is no programme that you can see yet.');
  });

  it('keeps the server’s problems by field after a refused referral, and clears them on the next try', () => {
    const referral = {
      referralDate: '2022-03-01',
      childBirthMonth: '2021-03',
      planAtReferral: 'CP',
      courtProceedings: false,
      consentFilming: null,
      consentClipsUse: null,
    };
    let state = reduce(initialDeliveryState, DeliveryPageActions.referralSubmitted({ referral }));
    expect(state.saving).toBe(true);
    state = reduce(
      state,
      DeliveryApiActions.saveFailed({
        error: 'childBirthMonth: the family is not eligible',
        problems: [{ field: 'childBirthMonth', problem: 'the family is not eligible' }],
      }),
    );
    expect(state).toMatchObject({ saving: false, problems: [{ field: 'childBirthMonth' }] });
    state = reduce(state, DeliveryPageActions.referralSubmitted({ referral }));
    expect(state.problems).toEqual([]);
    expect(state.saveError).toBeNull();
  });

  it('announces a save with its warnings and tells the forms to clear', () => {
    const state = reduce(
      initialDeliveryState,
      DeliveryApiActions.saved({
        message: 'Referred.',
        warnings: ['Court proceedings are under way'],
      }),
    );
    expect(state).toMatchObject({
      message: 'Referred.',
      warnings: ['Court proceedings are under way'],
      saved: 1,
    });
    expect(reduce(state, DeliveryPageActions.messageDismissed()).warnings).toEqual([]);
  });
});
