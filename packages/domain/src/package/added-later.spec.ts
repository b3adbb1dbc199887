import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { RULE_SET_PRESETS } from '../accreditation/rule-sets.js';
import { validatePackageRows } from './validator.js';
import { files, problemsAfter, set, assertOne } from '../../test/package-fixture.js';

describe('the files and columns added later', () => {
  const rows = (file: string, header: string[], lines: Array<Record<string, string>>) => ({
    [file]: { header, rows: lines },
  });
  const historyHeader = ['family_reference', 'status', 'status_date', 'status_reason'];
  const ruleSetHeader = ['code', 'name', 'definition'];

  it('imports a package without rule_sets.csv and family_status_history.csv', () => {
    const f = files();
    delete f['rule_sets.csv'];
    delete f['family_status_history.csv'];
    assert.deepEqual(validatePackageRows(f).problems, []);
  });

  it("refuses a history that does not end in the family's status, and an unknown family", () => {
    const p = problemsAfter((f) =>
      Object.assign(
        f,
        rows('family_status_history.csv', historyHeader, [
          { family_reference: 'F-001', status: 'referred', status_date: '', status_reason: '' },
          { family_reference: 'F-404', status: 'referred', status_date: '', status_reason: '' },
        ]),
      ),
    );
    assertOne(
      p,
      'family_status_history.csv',
      2,
      'status',
      /last status here is referred, but families.csv gives completed/,
    );
    assertOne(
      p,
      'family_status_history.csv',
      3,
      'family_reference',
      /F-404 is not in families.csv/,
    );
  });

  it("takes an admin's rule set in force from rule_sets.csv, and refuses it without", () => {
    const definition = {
      ...RULE_SET_PRESETS.aviguk_18_cycle,
      code: 'local_route',
      name: 'Local route',
    };
    const withIt = problemsAfter((f) => {
      set(f, 'programme.csv', 0, 'rule_set', 'local_route');
      Object.assign(
        f,
        rows('rule_sets.csv', ruleSetHeader, [
          { code: 'local_route', name: 'Local route', definition: JSON.stringify(definition) },
        ]),
      );
    });
    assert.deepEqual(withIt, []);
    const without = problemsAfter((f) => set(f, 'programme.csv', 0, 'rule_set', 'local_route'));
    assertOne(
      without,
      'programme.csv',
      2,
      'rule_set',
      /or a code in rule_sets.csv \(got "local_route"\)/,
    );
  });

  it('refuses a rule set whose definition is not a valid rule set of that code', () => {
    const bad = { ...RULE_SET_PRESETS.aviguk_18_cycle, code: 'other_code', stages: [] };
    const p = problemsAfter((f) =>
      Object.assign(
        f,
        rows('rule_sets.csv', ruleSetHeader, [
          { code: 'local_route', name: bad.name, definition: JSON.stringify(bad) },
        ]),
      ),
    );
    assertOne(p, 'rule_sets.csv', 2, 'definition', /stages: there must be at least one stage/);
  });

  it('refuses principles that are not attuned principles, and a support kind without support needed', () => {
    const p = problemsAfter((f) => {
      set(f, 'supervision_attendees.csv', 0, 'principles', 'guiding;hugging');
      set(f, 'families.csv', 0, 'support_kind', 'translation');
    });
    assertOne(p, 'supervision_attendees.csv', 2, 'principles', /"hugging"/);
    assertOne(p, 'families.csv', 2, 'support_kind', /unless support_needed is true/);
  });
});
