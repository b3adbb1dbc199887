import { describe, it, expect, jest } from '@jest/globals';
import { Action } from '@ngrx/store';
import { firstValueFrom, of, toArray } from 'rxjs';
import type { ProgrammeMemory } from '../../core/programme/programme-memory';
import { HomeApiActions, HomePageActions } from './home.actions';
import type { HomeApi } from './home.api';
import { loadFigures } from './home.effects';

const north = { id: 'p1', name: 'North' };
const south = { id: 'p2', name: 'South' };

async function run(
  role: 'la_manager' | 'admin' | 'supervisor',
  programmes: object[],
  remembered: string | null,
) {
  const api = {
    programmes: () => of(programmes),
    capacity: jest.fn((_id: string) => of([{ code: 'PR1' }])),
    progress: jest.fn((_id: string, _supervisor: string | null) => of({ items: [] })),
  };
  const memory = { recall: () => remembered };
  const out = await firstValueFrom(
    loadFigures(
      of(HomePageActions.figuresOpened({ email: 'u@attune.test', role, staffCode: 'SUP1' })),
      api as unknown as HomeApi,
      memory as unknown as ProgrammeMemory,
      () => '2026-12-07',
    ).pipe(toArray<Action>()),
  );
  return { out, api };
}

describe('home figures effect', () => {
  it("reads the chosen programme's capacity for an LA manager", async () => {
    const { out, api } = await run('la_manager', [north, south], 'p2');
    expect(api.capacity).toHaveBeenCalledWith('p2');
    expect(out).toEqual([
      HomeApiActions.figuresLoaded({
        figures: { role: 'la_manager', programme: south, capacity: [{ code: 'PR1' }] } as never,
      }),
    ]);
  });

  it('asks rather than guessing among several programmes; takes the only one', async () => {
    expect((await run('la_manager', [north, south], null)).out).toEqual([
      HomeApiActions.noProgrammeChosen(),
    ]);
    const { api } = await run('supervisor', [north], null);
    expect(api.progress).toHaveBeenCalledWith('p1', 'SUP1');
  });

  it("gives an admin every programme's status without a choice", async () => {
    const { out } = await run('admin', [north, south], null);
    expect(out).toEqual([
      HomeApiActions.figuresLoaded({
        figures: { role: 'admin', programmes: [north, south], today: '2026-12-07' } as never,
      }),
    ]);
  });
});
