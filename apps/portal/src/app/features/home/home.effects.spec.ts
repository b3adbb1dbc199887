import { describe, it, expect, jest } from '@jest/globals';
import { Action } from '@ngrx/store';
import { firstValueFrom, of, toArray } from 'rxjs';
import type { ProgrammeApi } from '../../core/programme/programme.api';
import type { ProgrammeMemory } from '../../core/programme/programme-memory';
import { HomeApiActions, HomePageActions } from './home.actions';
import type { HomeApi } from './home.api';
import { loadDue } from './home.effects';

const programme = (id: string, name: string) =>
  ({
    id,
    name,
    startDate: '2021-06-01',
    deliveryEnd: '2022-06-30',
    priceYear: 2021,
    importedAt: '',
  }) as never;

async function run(remembered: string | null) {
  const programmes = { list: () => of([programme('p1', 'North'), programme('p2', 'South')]) };
  const api = {
    dueSummary: jest.fn((id: string) =>
      of({ asOf: '2022-03-31', dueSoon: id === 'p1' ? 4 : 1, overdue: 2 }),
    ),
  };
  const memory = { recall: jest.fn((_email: string) => remembered) };
  const out = await firstValueFrom(
    loadDue(
      of(HomePageActions.opened({ email: 'm@attune.test' })),
      programmes as unknown as ProgrammeApi,
      api as unknown as HomeApi,
      memory as unknown as ProgrammeMemory,
    ).pipe(toArray<Action>()),
  );
  return { out, api, memory };
}

describe('home effects', () => {
  it('counts what is due in the programme chosen last', async () => {
    const { out, api, memory } = await run('p2');
    expect(memory.recall).toHaveBeenCalledWith('m@attune.test');
    expect(api.dueSummary).toHaveBeenCalledTimes(1);
    expect(out).toEqual([
      HomeApiActions.dueLoaded({
        counts: [
          { programmeId: 'p2', programmeName: 'South', asOf: '2022-03-31', dueSoon: 1, overdue: 2 },
        ],
      }),
    ]);
  });

  it('counts every programme when none was chosen (never a guess at one)', async () => {
    const { out } = await run(null);
    expect(out).toEqual([
      HomeApiActions.dueLoaded({
        counts: [
          { programmeId: 'p1', programmeName: 'North', asOf: '2022-03-31', dueSoon: 4, overdue: 2 },
          { programmeId: 'p2', programmeName: 'South', asOf: '2022-03-31', dueSoon: 1, overdue: 2 },
        ],
      }),
    ]);
  });
});
