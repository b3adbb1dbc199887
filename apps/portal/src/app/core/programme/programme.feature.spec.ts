import { describe, it, expect } from '@jest/globals';
import { ProgrammeApiActions, ProgrammeRouteActions } from './programme.actions';
import { initialProgrammeState, programmeFeature } from './programme.feature';
import { PROGRAMMES } from './programme.fixture';

const reduce = programmeFeature.reducer;

describe('programme state', () => {
  it('loads the list once, and again only when asked for a fresh one', () => {
    let state = reduce(initialProgrammeState, ProgrammeRouteActions.listNeeded({ fresh: false }));
    expect(state.status).toBe('loading');
    state = reduce(state, ProgrammeApiActions.listLoaded({ programmes: PROGRAMMES }));
    expect(state).toMatchObject({ status: 'loaded', programmes: PROGRAMMES });
    expect(reduce(state, ProgrammeRouteActions.listNeeded({ fresh: false }))).toBe(state);
    expect(reduce(state, ProgrammeRouteActions.listNeeded({ fresh: true })).status).toBe('loading');
  });

  it('keeps why the list failed, and tries again on the next need', () => {
    const failed = reduce(
      reduce(initialProgrammeState, ProgrammeRouteActions.listNeeded({ fresh: false })),
      ProgrammeApiActions.listFailed({ error: 'Attune cannot be reached.' }),
    );
    expect(failed).toMatchObject({ status: 'failed', error: 'Attune cannot be reached.' });
    expect(reduce(failed, ProgrammeRouteActions.listNeeded({ fresh: false }))).toMatchObject({
      status: 'loading',
      error: null,
    });
  });

  it('selects as current the programme named in the address, and none without one', () => {
    const programme = { ...initialProgrammeState, programmes: PROGRAMMES, status: 'loaded' };
    const at = (url: string, programmeId?: string) => ({
      programme,
      router: {
        state: {
          url,
          root: { params: {}, firstChild: { params: programmeId ? { programmeId } : {} } },
        },
        navigationId: 1,
      },
    });
    expect(programmeFeature.selectCurrent(at('/p/p2/capacity', 'p2'))).toEqual(PROGRAMMES[1]);
    expect(programmeFeature.selectCurrent(at('/home'))).toBeNull();
    expect(programmeFeature.selectCurrent(at('/p/gone/capacity', 'gone'))).toBeNull();
  });
});
