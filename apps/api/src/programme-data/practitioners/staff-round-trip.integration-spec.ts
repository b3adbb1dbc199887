import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Page, PractitionerUpdateResult, PractitionerView, StaffView } from '@attune/contract';
import { createUser, signIn } from '../../../test/builders/users';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { loadDemoProgramme } from '../package-import/demo-programme.loader';

const BOUNDARY = 'attune-staff-boundary';

/** What the staff and practitioner routes set travels in the data package and comes back. */
describe('staff and practitioners: edited live, exported, re-imported the same', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let programmeId: string;

  const send = (method: 'GET' | 'POST' | 'PATCH', path: string, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/programmes/${programmeId}${path}`,
      headers: admin,
      ...(payload ? { payload } : {}),
    });
  const read = async <T>(id: string, path: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/programmes/${id}${path}?pageSize=1000`,
        headers: admin,
      })
    ).json<Page<T>>().items;

  beforeAll(async () => {
    t = await createTestApp();
    await createUser(t.app, { email: 'admin@test.example', role: 'admin' });
    admin = await signIn(t.app, 'admin@test.example');
    const loaded = await loadDemoProgramme(t.app, {
      principal: null,
      requestId: 'staff-round-trip',
      address: null,
    });
    assert.ok(loaded.ok);
    programmeId = loaded.programmeId;
  });
  afterAll(() => t.close());

  it('exports every field the routes set, and an import of the export has the same staff and practitioners', async () => {
    const staff = await send('POST', '/staff', {
      code: 'P-LA1-90',
      displayName: 'Late Starter',
      costRole: 'family_support_worker',
      laCode: 'LA1',
    });
    assert.equal(staff.statusCode, 201, staff.body);
    const trainer = await send('POST', '/staff', {
      code: 'T-90',
      displayName: 'Provider Trainer',
      costRole: 'vig_trainer',
      laCode: null,
    });
    assert.equal(trainer.statusCode, 201, trainer.body);
    const created = await send('POST', '/practitioners', {
      code: 'P-LA1-90',
      substantiveRole: 'family_support_worker',
      fte: '0.4',
      vigHoursPerWeek: '3.25',
      startDate: '2021-11-01',
      supervisorCode: 'S-01',
    });
    assert.equal(created.statusCode, 201, created.body);
    const paused = await send('PATCH', '/practitioners/P-LA1-90', {
      version: 1,
      status: 'paused',
      statusDate: '2022-01-04',
      statusReason: 'long_term_absence',
    });
    assert.equal(paused.statusCode, 200, paused.body);
    const withdrawn = await send('PATCH', '/practitioners/P-LA1-01', {
      version: 1,
      status: 'withdrawn',
      statusDate: '2022-02-01',
      statusReason: 'left_post',
    });
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    assert.ok(withdrawn.json<PractitionerUpdateResult>().practitioner.status === 'withdrawn');
    const renamed = await send('PATCH', '/staff/P-LA1-02', { version: 1, displayName: 'Renamed' });
    assert.equal(renamed.statusCode, 200, renamed.body);

    const exported = await t.app.inject({
      method: 'GET',
      url: `/api/programmes/${programmeId}/package`,
      headers: admin,
    });
    assert.equal(exported.statusCode, 200);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/programmes/import',
      headers: { ...admin, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="package"; filename="p.zip"\r\n` +
            'Content-Type: application/zip\r\n\r\n',
        ),
        exported.rawPayload,
        Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
      ]),
    });
    assert.equal(again.statusCode, 201, again.body);
    const copy = again.json<{ programmeId: string }>().programmeId;
    // Versions start again at 1 in the copy: compare everything else.
    const unversioned = <T extends { version: number }>(rows: T[]) =>
      rows.map(({ version: _version, ...rest }) => rest);
    for (const path of ['/staff', '/practitioners']) {
      const [original, imported] = await Promise.all([
        read<StaffView | PractitionerView>(programmeId, path),
        read<StaffView | PractitionerView>(copy, path),
      ]);
      assert.deepEqual(unversioned(imported), unversioned(original), path);
    }
    const practitioners = await read<PractitionerView>(copy, '/practitioners');
    assert.deepEqual(
      practitioners.find((p) => p.code === 'P-LA1-90'),
      {
        code: 'P-LA1-90',
        laCode: 'LA1',
        substantiveRole: 'family_support_worker',
        fte: '0.4',
        vigHoursPerWeek: '3.25',
        startDate: '2021-11-01',
        supervisorCode: 'S-01',
        status: 'paused',
        statusDate: '2022-01-04',
        statusReason: 'long_term_absence',
        version: 1,
      },
    );
    const staffCopy = await read<StaffView>(copy, '/staff');
    assert.equal(staffCopy.find((s) => s.code === 'P-LA1-02')!.displayName, 'Renamed');
    assert.equal(staffCopy.find((s) => s.code === 'T-90')!.laCode, null);
  });
});
