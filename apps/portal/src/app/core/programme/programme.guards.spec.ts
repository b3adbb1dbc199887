import { describe, it, expect, jest } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  Router,
  RouterStateSnapshot,
  UrlTree,
  convertToParamMap,
  provideRouter,
} from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Observable, firstValueFrom } from 'rxjs';
import { AuthState, initialAuthState } from '../auth/auth.feature';
import { ProgrammeRouteActions } from './programme.actions';
import { ProgrammeState, initialProgrammeState } from './programme.feature';
import { PROGRAMMES } from './programme.fixture';
import { programmeGuard, toProgrammeGuard } from './programme.guards';
import { ProgrammeMemory } from './programme-memory';
import { ProgrammeOption } from './programme.models';

const email = 'la.manager@attune.test';
const manager: AuthState = {
  ...initialAuthState,
  session: 'signed_in',
  user: { email, role: 'la_manager', laCode: 'LA1' },
};

function setUp(programmes: ProgrammeOption[], remembered: string | null = null, auth = manager) {
  const memory = { recall: jest.fn((..._args: unknown[]) => remembered), remember: jest.fn() };
  const programme: ProgrammeState = { ...initialProgrammeState, programmes, status: 'loaded' };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideMockStore({ initialState: { auth, programme } }),
      { provide: ProgrammeMemory, useValue: memory },
    ],
  });
  const store = TestBed.inject(MockStore);
  const dispatched = jest.spyOn(store, 'dispatch');
  return { memory, dispatched };
}

async function decide(
  guard: typeof programmeGuard,
  url: string,
  params: Record<string, string> = {},
): Promise<boolean | string> {
  const router = TestBed.inject(Router);
  const query = router.parseUrl(url).queryParams as Record<string, string>;
  const route = {
    paramMap: convertToParamMap(params),
    queryParamMap: convertToParamMap(query),
  } as ActivatedRouteSnapshot;
  const result = TestBed.runInInjectionContext(() =>
    guard(route, { url } as RouterStateSnapshot),
  ) as Observable<boolean | UrlTree>;
  const answer = await firstValueFrom(result);
  return answer instanceof UrlTree ? router.serializeUrl(answer) : answer;
}

describe('programmeGuard (/p/:programmeId/...)', () => {
  it('opens a programme the user may see, and remembers it for them', async () => {
    const { dispatched } = setUp(PROGRAMMES);
    expect(await decide(programmeGuard, '/p/p2/capacity', { programmeId: 'p2' })).toBe(true);
    expect(dispatched).toHaveBeenCalledWith(
      ProgrammeRouteActions.entered({ programmeId: 'p2', email }),
    );
  });

  it('asks (never substitutes another) when the link names a programme not in the list', async () => {
    const { dispatched } = setUp(PROGRAMMES);
    expect(await decide(programmeGuard, '/p/gone/families/F-1', { programmeId: 'gone' })).toBe(
      '/choose-programme?next=families%2FF-1&unknown=gone',
    );
    // It asked the API again first, in case the programme was imported since.
    expect(dispatched).toHaveBeenCalledWith(ProgrammeRouteActions.listNeeded({ fresh: true }));
    expect(dispatched).not.toHaveBeenCalledWith(
      expect.objectContaining({ type: ProgrammeRouteActions.entered.type }),
    );
  });

  it('sends a signed-out visitor to sign in, and back to the same link', async () => {
    setUp(PROGRAMMES, null, { ...initialAuthState, session: 'signed_out' });
    expect(await decide(programmeGuard, '/p/p1/capacity', { programmeId: 'p1' })).toBe(
      '/sign-in?returnUrl=%2Fp%2Fp1%2Fcapacity',
    );
  });
});

describe('toProgrammeGuard (an address without a programme)', () => {
  it('opens the programme this user chose last, on the same page and filter', async () => {
    const { memory } = setUp(PROGRAMMES, 'p2');
    expect(await decide(toProgrammeGuard, '/families?overdue=true')).toBe(
      '/p/p2/families?overdue=true',
    );
    expect(memory.recall).toHaveBeenCalledWith(email);
  });

  it('opens the only programme when nothing was chosen', async () => {
    setUp([PROGRAMMES[0]!]);
    expect(await decide(toProgrammeGuard, '/capacity/P-LA1-06')).toBe('/p/p1/capacity/P-LA1-06');
  });

  it('asks when there are several and none was chosen, or the choice is gone', async () => {
    setUp(PROGRAMMES, 'deleted');
    expect(await decide(toProgrammeGuard, '/sign-off')).toBe('/choose-programme?next=sign-off');
  });

  it('follows an old link naming its programme (?programme=)', async () => {
    setUp(PROGRAMMES, 'p1', {
      ...manager,
      user: { email: 'economist@attune.test', role: 'economist', laCode: null },
    });
    expect(await decide(toProgrammeGuard, '/costs?programme=p2')).toBe('/p/p2/costs');
  });

  it("opens a page whose path is not its entry's id (/settings is programme-settings)", async () => {
    setUp([PROGRAMMES[0]!], null, {
      ...manager,
      user: { email: 'admin@attune.test', role: 'admin', laCode: null },
    });
    expect(await decide(toProgrammeGuard, '/settings')).toBe('/p/p1/settings');
  });

  it('sends a role home from a page it may not open', async () => {
    setUp(PROGRAMMES, 'p1');
    expect(await decide(toProgrammeGuard, '/costs')).toBe('/home');
  });
});
