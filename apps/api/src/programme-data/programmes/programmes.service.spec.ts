import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Principal, Role } from '@attune/domain';
import type { ProgrammePage } from '@attune/contract';
import type { ProgrammeFilter, ProgrammesRepository } from './programmes.repository';
import { ProgrammesService } from './programmes.service';

/** A repository that records the filter it is asked for: the service is tested without PostgreSQL. */
function fakeRepository() {
  const calls: Array<{ filter: ProgrammeFilter; page: number; pageSize: number }> = [];
  const repository = {
    page(filter: ProgrammeFilter, page: number, pageSize: number): Promise<ProgrammePage> {
      calls.push({ filter, page, pageSize });
      return Promise.resolve({ items: [], total: 7 });
    },
  };
  return {
    calls,
    service: new ProgrammesService(
      null as never,
      repository as unknown as ProgrammesRepository,
      null as never,
      null as never,
    ),
  };
}

const principal = (
  role: Role,
  laCode: string | null,
  staffCode: string | null = null,
): Principal => ({
  id: 'u1',
  email: 'someone@test.example',
  role,
  laCode,
  staffCode,
});

describe('ProgrammesService.list', () => {
  it('asks for every programme for a role that reads them all', async () => {
    for (const role of ['admin', 'economist'] as const) {
      const { calls, service } = fakeRepository();
      assert.deepEqual(await service.list(principal(role, null), 2, 25), { items: [], total: 7 });
      assert.deepEqual(calls, [{ filter: { all: true }, page: 2, pageSize: 25 }]);
    }
  });

  it("asks only for programmes with the caller's LA for an LA-bound user", async () => {
    const { calls, service } = fakeRepository();
    await service.list(principal('la_manager', 'LA2'), 1, 50);
    assert.deepEqual(calls, [{ filter: { laCode: 'LA2' }, page: 1, pageSize: 50 }]);
  });

  it('answers an empty page without a query when the caller may see no programme', async () => {
    const { calls, service } = fakeRepository();
    assert.deepEqual(await service.list(principal('la_manager', null), 1, 50), {
      items: [],
      total: 0,
    });
    assert.deepEqual(await service.list(principal('practitioner', null, 'P1'), 1, 50), {
      items: [],
      total: 0,
    });
    assert.deepEqual(calls, []);
  });
});
