import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  startAccreditationApp,
  type AccreditationApp,
} from '../../../test/builders/accreditation-app';
import type { AccreditationContractRow } from '../progress/progress.service';
import type { Page } from '@attune/contract';

interface Refusal {
  message: string & string[];
  errors?: Array<{ field: string; problem: string }>;
  code?: string;
}
interface Versioned {
  id: string;
  version: number;
  [field: string]: unknown;
}

describe('rule sets', () => {
  let app: AccreditationApp;
  const get = (who: string, url: string) => app.get(who, url);
  const send = (who: string, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    app.send(who, method, url, payload);

  beforeAll(async () => {
    // The same programme as the progress spec's: practitioners with cycles at different paces.
    app = await startAccreditationApp({
      cycles: { 'P-LA1-01': 6, 'P-LA1-02': 2, 'P-LA2-01': 4 },
      lastCycle: '2022-03-28',
    });
  });
  afterAll(async () => app.t.close());

  it('lets admins copy a preset, edit the copy (validated, versioned) and put it in force', async () => {
    assert.equal(
      (
        await send('s1', 'POST', '/rule-sets', {
          from: 'aviguk_18_cycle',
          code: 'mine',
          name: 'Mine',
        })
      ).statusCode,
      403,
    );
    const copied = await send('admin', 'POST', '/rule-sets', {
      from: 'aviguk_18_cycle',
      code: 'shared_groups',
      name: 'Shared groups',
    });
    assert.equal(copied.statusCode, 201, copied.body);
    const copy = copied.json<
      Versioned & { definition: Record<string, unknown> & { stages: object[] } }
    >();
    const editPreset = await send('admin', 'PATCH', '/rule-sets/aviguk_18_cycle', {
      version: 1,
      definition: copy.definition,
    });
    assert.equal(editPreset.statusCode, 400);
    const invalid = await send('admin', 'PATCH', '/rule-sets/shared_groups', {
      version: 1,
      definition: {
        ...copy.definition,
        stages: [{ ...copy.definition.stages[0], requiredCycles: -1 }],
      },
    });
    assert.equal(invalid.statusCode, 400);
    assert.match(
      invalid.json<Refusal>().message.join('\n'),
      /stage 1: requiredCycles must be a whole number/,
    );
    const edited = await send('admin', 'PATCH', '/rule-sets/shared_groups', {
      version: 1,
      definition: { ...copy.definition, groupSupervisionCredit: 'shared' },
    });
    assert.equal(edited.statusCode, 200, edited.body);
    const stale = await send('admin', 'PATCH', '/rule-sets/shared_groups', {
      version: 1,
      definition: copy.definition,
    });
    assert.equal(stale.statusCode, 409);

    // A group session of 90 minutes for three trainees: in full under the preset, a third each under the copy.
    const group = await send('s1', 'POST', '/supervision-sessions', {
      date: '2022-03-29',
      format: 'group',
      mode: 'remote',
      durationMinutes: 90,
      attendees: [
        { practitionerCode: 'P-LA1-01' },
        { practitionerCode: 'P-LA1-02' },
        { practitionerCode: 'P-LA1-03' },
      ],
    });
    assert.equal(group.statusCode, 201, group.body);
    const minutes = async () =>
      (await get('s1', '/accreditation?laCode=LA1'))
        .json<Page<AccreditationContractRow>>()
        .items.map((r) => r.supervisionMinutes);
    assert.deepEqual(await minutes(), [90, 90, 90]);
    const inForce = await send('admin', 'PATCH', '/rule-set-in-force', { code: 'shared_groups' });
    assert.equal(inForce.statusCode, 200, inForce.body);
    assert.deepEqual(await minutes(), [30, 30, 30]);
    const list = (await get('s1', '/rule-sets')).json<Page<{ code: string; inForce: boolean }>>();
    assert.deepEqual(
      list.items.filter((r) => r.inForce).map((r) => r.code),
      ['shared_groups'],
    );
    const audit = await app.t.db.dataSource.query<Array<{ action: string }>>(
      `SELECT action FROM audit_events WHERE action LIKE 'rule_set.%' OR action = 'programme.rule_set' ORDER BY id`,
    );
    assert.deepEqual(
      audit.map((a) => a.action),
      ['rule_set.create', 'rule_set.update', 'programme.rule_set'],
    );
  });

  it('gives every refusal its field or code: a preset code 400, a taken code 409', async () => {
    const preset = await send('admin', 'POST', '/rule-sets', {
      from: 'aviguk_18_cycle',
      code: 'aviguk_three_stage',
      name: 'Clash',
    });
    assert.equal(preset.statusCode, 400);
    assert.equal(preset.json<Refusal>().errors?.[0]?.field, 'code');
    const payload = { from: 'aviguk_18_cycle', code: 'taken_twice', name: 'Twice' };
    assert.equal((await send('admin', 'POST', '/rule-sets', payload)).statusCode, 201);
    const taken = await send('admin', 'POST', '/rule-sets', payload);
    assert.equal(taken.statusCode, 409);
    assert.equal(taken.json<Refusal>().code, 'duplicate_code');
    const invalid = await send('admin', 'PATCH', '/rule-sets/taken_twice', {
      version: 1,
      definition: { name: '', stages: [] },
    });
    assert.equal(invalid.statusCode, 400);
    assert.ok(invalid.json<Refusal>().errors!.every((e) => e.field === 'definition'));
  });
});
