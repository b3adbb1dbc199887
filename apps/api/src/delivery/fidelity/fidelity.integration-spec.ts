import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { fidelityTotals } from '@attune/domain';
import type { FidelitySummary } from '@attune/contract';
import { DELIVERY_RECORDS } from '../../../test/builders/delivery-programme';
import { startDeliveryApp, type DeliveryApp } from '../../../test/builders/delivery-app';

/** The domain's answer on the fixture's records, for the families `keep` accepts. */
function expected(keep: (f: (typeof DELIVERY_RECORDS.families)[number]) => boolean) {
  const families = DELIVERY_RECORDS.families.filter(keep);
  return fidelityTotals(families, DELIVERY_RECORDS.familySessions, DELIVERY_RECORDS.programme);
}

describe('fidelity totals: GET /fidelity', () => {
  let d: DeliveryApp;

  beforeAll(async () => {
    d = await startDeliveryApp([
      { email: 'economist@test.example', role: 'economist' },
      { email: 'admin@test.example', role: 'admin' },
      { email: 'm2@test.example', role: 'la_manager', laCode: 'LA2' },
      { email: 'sup@test.example', role: 'supervisor', staffCode: 'S-01' },
      { email: 'p1@test.example', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-01' },
    ]);
  });
  afterAll(async () => d.close());

  it("answers the domain's totals on the fixture for economists, admins and the trainees' supervisor", async () => {
    const all = expected(() => true);
    assert.ok(
      all.programme.families > 0 && all.byPractitioner.length > 1,
      'a fixture with families',
    );
    for (const who of ['economist', 'admin', 'sup']) {
      const response = await d.send(who, 'GET', '/fidelity');
      assert.equal(response.statusCode, 200, response.body);
      assert.deepEqual(response.json<FidelitySummary>(), all, who);
    }
  });

  it("gives an LA manager their LA's families only, and practitioners nothing", async () => {
    const response = await d.send('m2', 'GET', '/fidelity');
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json<FidelitySummary>();
    assert.deepEqual(
      body,
      expected((f) => f.laCode === 'LA2'),
    );
    assert.deepEqual(
      body.byLocalAuthority.map((r) => r.code),
      ['LA2'],
    );
    assert.equal((await d.send('p1', 'GET', '/fidelity')).statusCode, 403);
  });

  it('names no family and no person, only codes and counts', async () => {
    const body = (await d.send('economist', 'GET', '/fidelity')).body;
    assert.doesNotMatch(body, /F-LA|Name of|Supervisor/);
  });
});
