import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { ProgrammeData } from '@attune/domain';
import { buildDemoProgramme } from '../../seed/demo-programme';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { loadDemoProgramme } from '../package-import/demo-programme.loader';
import { ReferenceRepository } from './reference.repository';

const who = { principal: null, requestId: 'reference-test', address: null };
const sorted = (values: string[]) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe("ReferenceRepository: a programme's reference tables, in their order", () => {
  let t: TestApp;
  let demo: ProgrammeData;
  let references: ReferenceRepository;
  let programmeId: string;
  let otherId: string;

  beforeAll(async () => {
    t = await createTestApp();
    demo = buildDemoProgramme();
    const first = await loadDemoProgramme(t.app, who);
    const second = await loadDemoProgramme(t.app, who);
    assert.ok(first.ok && second.ok);
    programmeId = first.programmeId;
    otherId = second.programmeId;
    references = t.app.get(ReferenceRepository);
  });

  afterAll(() => t.close());

  it('lists LAs and staff by code, only those of the programme', async () => {
    const las = await references.localAuthorities(programmeId);
    assert.deepEqual(
      las.map((la) => la.code),
      sorted(demo.localAuthorities.map((la) => la.code)),
    );
    assert.ok(las.every((la) => la.programmeId === programmeId));
    const staff = await references.staff(programmeId);
    assert.deepEqual(
      staff.map((s) => s.code),
      sorted(demo.staff.map((s) => s.code)),
    );
    const other = await references.staff(otherId);
    assert.equal(other.length, staff.length);
    assert.ok(other.every((s) => s.programmeId === otherId));
  });

  it('lists practitioners by staff code, with their staff record', async () => {
    const practitioners = await references.practitioners(programmeId);
    assert.deepEqual(
      practitioners.map((p) => p.staff?.code),
      sorted(demo.practitioners.map((p) => p.staffCode)),
    );
  });

  it('joins a transaction through the manager it is given', async () => {
    const count = demo.localAuthorities.length;
    await t.db.dataSource
      .transaction(async (manager) => {
        await manager.query(
          "INSERT INTO local_authorities (programme_id, code, name, version) VALUES ($1, 'LA-NEW', 'New', 1)",
          [programmeId],
        );
        assert.equal((await references.localAuthorities(programmeId, manager)).length, count + 1);
        // Not yet committed: outside the transaction the row is not there.
        assert.equal((await references.localAuthorities(programmeId)).length, count);
        throw new Error('roll back');
      })
      .catch((error: Error) => assert.equal(error.message, 'roll back'));
    assert.equal((await references.localAuthorities(programmeId)).length, count);
  });
});
