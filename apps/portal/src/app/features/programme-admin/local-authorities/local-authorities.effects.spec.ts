import { describe, expect, it } from '@jest/globals';
import { firstValueFrom, of, toArray } from 'rxjs';
import { ProgrammeRouteActions } from '../../../core/programme/programme.actions';
import { LocalAuthoritiesApiActions } from './local-authorities.actions';
import { programmeListStale } from './local-authorities.effects';

describe('local authorities effects', () => {
  it("asks for the programmes again once an LA is saved, so the programme's LAs include it", async () => {
    const out = await firstValueFrom(
      programmeListStale(
        of(
          LocalAuthoritiesApiActions.saveFailed({ error: 'no', problems: [] }),
          LocalAuthoritiesApiActions.saved({ message: 'Saved LA8, Newtown.' }),
        ),
      ).pipe(toArray()),
    );
    expect(out).toEqual([ProgrammeRouteActions.listNeeded({ fresh: true })]);
  });
});
