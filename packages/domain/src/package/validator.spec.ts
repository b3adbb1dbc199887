import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { fieldOf, PACKAGE_COLUMNS } from './columns.js';
import { keyOfColumn, PACKAGE_FILES, PACKAGE_KEYS } from './files.js';
import { parseRow } from './rows.js';
import { validatePackageRows } from './validator.js';
import { csvLine } from './write.js';
import { fixture, files, problemsAfter, set, assertOne } from '../../test/package-fixture.js';

describe('data package validation', () => {
  it('accepts the valid fixture', () => {
    assert.deepEqual(validatePackageRows(files()).problems, []);
  });

  it('writes every file with DESIGN.md header and reads back the same records', () => {
    const data = fixture();
    const read = files(data);
    for (const file of PACKAGE_FILES) {
      assert.deepEqual(read[file]!.header, [...PACKAGE_COLUMNS[file]]);
      const records = read[file]!.rows.map(
        (cells) => parseRow(file, cells, { cyclesPerFamily: 3 }).record,
      );
      const given = file === 'programme.csv' ? [data.programme] : (data[PACKAGE_KEYS[file]] ?? []);
      // A column a record built in code leaves out reads back as its empty cell.
      const expected = (given as object[]).map((r) => ({
        ...Object.fromEntries(
          PACKAGE_COLUMNS[file]
            .filter((c) => fieldOf(file, c).nullable === true)
            .map((c) => [keyOfColumn(c), null]),
        ),
        ...r,
      }));
      assert.deepEqual(records, expected, file);
    }
  });

  it('reads a package written before referral_source existed: it and the later columns left out, the source null', () => {
    const f = files();
    const families = f['families.csv']!;
    const later = families.header.slice(families.header.indexOf('referral_source'));
    families.header = families.header.filter((h) => !later.includes(h));
    for (const row of families.rows) for (const column of later) delete row[column];
    const result = validatePackageRows(f);
    assert.deepEqual(result.problems, []);
    const sources = families.rows.map(
      (row) => parseRow('families.csv', row, { cyclesPerFamily: 3 }).record?.referralSource,
    );
    assert.deepEqual(sources, [null, null]);
  });

  it('refuses a header that leaves out a column other than the last ones added later', () => {
    const f = files();
    const families = f['families.csv']!;
    families.header = families.header.filter((h) => h !== 'outcome_6m');
    assertOne(validatePackageRows(f).problems, 'families.csv', 1, '', /missing outcome_6m/);
  });

  it('refuses a referral source that is not one of the values', () => {
    const p = problemsAfter((f) => set(f, 'families.csv', 1, 'referral_source', 'neighbour'));
    assertOne(
      p,
      'families.csv',
      3,
      'referral_source',
      /must be one of children_social_care, .*"neighbour"/,
    );
  });

  it('quotes cells with commas, quotes and line breaks', () => {
    assert.equal(
      csvLine(['a,b', 'say "hi"', 'x\ny', ' pad', 'plain']),
      '"a,b","say ""hi""","x\ny"," pad",plain\n',
    );
  });

  it('refuses values outside an enumeration, listing the allowed ones', () => {
    const p = problemsAfter((f) => set(f, 'staff.csv', 1, 'cost_role', 'nurse'));
    assertOne(
      p,
      'staff.csv',
      3,
      'cost_role',
      /must be one of social_worker, family_support_worker, .*\(got "nurse"\)/,
    );
  });

  it('refuses dates that do not exist and months in the wrong form', () => {
    const p = problemsAfter((f) => {
      set(f, 'family_sessions.csv', 2, 'date', '2021-02-30');
      set(f, 'families.csv', 0, 'child_birth_month', '2021-3');
      set(f, 'time_entries.csv', 0, 'date', '02/09/2021');
    });
    assertOne(p, 'family_sessions.csv', 4, 'date', /not a date that exists/);
    assertOne(p, 'families.csv', 2, 'child_birth_month', /YYYY-MM/);
    assertOne(p, 'time_entries.csv', 2, 'date', /YYYY-MM-DD/);
  });

  it('refuses negative, fractional or non-numeric minutes and pence', () => {
    const p = problemsAfter((f) => {
      set(f, 'family_sessions.csv', 0, 'contact_minutes', '-5');
      set(f, 'family_sessions.csv', 1, 'travel_minutes', '12.5');
      set(f, 'unit_costs.csv', 0, 'hourly_cost_pence', '£50');
    });
    assertOne(p, 'family_sessions.csv', 2, 'contact_minutes', /whole number/);
    assertOne(p, 'family_sessions.csv', 3, 'travel_minutes', /whole number/);
    assertOne(p, 'unit_costs.csv', 2, 'hourly_cost_pence', /whole number/);
  });

  it('refuses decimals with too many places or out of range', () => {
    const p = problemsAfter((f) => {
      set(f, 'resources.csv', 0, 'quantity', '1.2345');
      set(f, 'practitioners.csv', 0, 'fte', '1.2');
      set(f, 'practitioners.csv', 1, 'fte', '0.05');
      set(f, 'price_index.csv', 0, 'index', '0');
    });
    assertOne(p, 'resources.csv', 2, 'quantity', /at most 3 decimal places/);
    assertOne(p, 'practitioners.csv', 2, 'fte', /at most 1/);
    assertOne(p, 'practitioners.csv', 3, 'fte', /at least 0.1/);
    assertOne(p, 'price_index.csv', 2, 'index', /more than 0/);
  });

  it('refuses booleans other than true and false', () => {
    assertOne(
      problemsAfter((f) => set(f, 'families.csv', 0, 'court_proceedings', 'yes')),
      'families.csv',
      2,
      'court_proceedings',
      /true or false/,
    );
  });

  it('checks cycles: required for filming and shared review, within cycles per family, empty otherwise', () => {
    const p = problemsAfter((f) => {
      set(f, 'family_sessions.csv', 0, 'cycle', '1');
      set(f, 'family_sessions.csv', 1, 'cycle', '');
      set(f, 'family_sessions.csv', 2, 'cycle', '4');
      set(f, 'supervision_attendees.csv', 1, 'cycle', '2');
    });
    assertOne(p, 'family_sessions.csv', 2, 'cycle', /empty for a initial_meeting/);
    assertOne(p, 'family_sessions.csv', 3, 'cycle', /required for a filming/);
    assertOne(p, 'family_sessions.csv', 4, 'cycle', /1 to 3/);
    assertOne(
      p,
      'supervision_attendees.csv',
      3,
      'family_reference',
      /required when a cycle is given/,
    );
  });

  it('checks status reasons against the status', () => {
    const p = problemsAfter((f) => {
      set(f, 'families.csv', 1, 'status_reason', 'family_withdrew');
      set(f, 'families.csv', 0, 'status_reason', 'moved_away');
      set(f, 'practitioners.csv', 1, 'status_reason', '');
    });
    assertOne(
      p,
      'families.csv',
      3,
      'status_reason',
      /not a reason for status not_proceeded: one of not_ready_or_declined/,
    );
    assertOne(p, 'families.csv', 2, 'status_reason', /empty when the status is completed/);
    assertOne(p, 'practitioners.csv', 3, 'status_reason', /required when the status is paused/);
  });

  it('refuses an ineligible family with the reason', () => {
    const p = problemsAfter((f) => set(f, 'families.csv', 0, 'child_birth_month', '2020-08'));
    assertOne(
      p,
      'families.csv',
      2,
      'child_birth_month',
      /not eligible: the child was 12 months old at referral/,
    );
  });

  it('refuses repeated codes and references', () => {
    const p = problemsAfter((f) => {
      set(f, 'local_authorities.csv', 1, 'code', 'LA1');
      set(f, 'families.csv', 1, 'reference', 'F-001');
      set(f, 'supervision_sessions.csv', 1, 'id', 'SV-1');
    });
    assertOne(p, 'local_authorities.csv', 3, 'code', /LA1 appears more than once/);
    assertOne(p, 'families.csv', 3, 'reference', /F-001 appears more than once/);
    assertOne(p, 'supervision_sessions.csv', 3, 'id', /SV-1 appears more than once/);
  });

  it('refuses references that do not resolve', () => {
    const p = problemsAfter((f) => {
      set(f, 'family_sessions.csv', 0, 'family_reference', 'F-999');
      set(f, 'family_sessions.csv', 1, 'practitioner_code', 'S-01');
      set(f, 'supervision_attendees.csv', 0, 'session_id', 'SV-9');
      set(f, 'practitioners.csv', 0, 'supervisor_code', 'S-99');
      set(f, 'staff.csv', 0, 'la_code', 'LA9');
      set(f, 'training_events.csv', 0, 'trainer_codes', 'T-01;T-02');
      set(f, 'milestones.csv', 0, 'assessor_code', 'X-1');
      set(f, 'time_entries.csv', 1, 'family_reference', 'F-404');
      set(f, 'time_entries.csv', 0, 'la_code', 'LA7');
    });
    assertOne(p, 'family_sessions.csv', 2, 'family_reference', /F-999 is not in families.csv/);
    assertOne(p, 'family_sessions.csv', 3, 'practitioner_code', /S-01 is not a practitioner/);
    assertOne(
      p,
      'supervision_attendees.csv',
      2,
      'session_id',
      /SV-9 is not in supervision_sessions.csv/,
    );
    assertOne(p, 'practitioners.csv', 2, 'supervisor_code', /S-99 is not in staff.csv/);
    assertOne(p, 'staff.csv', 2, 'la_code', /LA9 is not in local_authorities.csv/);
    assertOne(p, 'training_events.csv', 2, 'trainer_codes', /T-02 is not in staff.csv/);
    assertOne(p, 'milestones.csv', 2, 'assessor_code', /X-1 is not in staff.csv/);
    assertOne(p, 'time_entries.csv', 3, 'family_reference', /F-404 is not in families.csv/);
    assertOne(p, 'time_entries.csv', 2, 'la_code', /LA7 is not in local_authorities.csv/);
  });

  it('does not cascade: a row refused for one cell still resolves references to its code', () => {
    const p = problemsAfter((f) => set(f, 'families.csv', 0, 'plan_at_referral', 'none'));
    assert.deepEqual(
      p.map((x) => `${x.file}:${x.line}:${x.column}`),
      ['families.csv:2:plan_at_referral'],
    );
  });

  it('refuses a ledger line that no unit cost covers, at the line that makes it', () => {
    const p = problemsAfter((f) => {
      f['unit_costs.csv']!.rows.splice(1, 1); // no family_support_worker cost at all
    });
    assertOne(p, 'training_attendees.csv', 3, 'date', /no family_support_worker unit cost/);
  });

  it("refuses a dated record of delivery outside the programme's window, located", () => {
    const p = problemsAfter((f) => {
      set(f, 'supervision_sessions.csv', 0, 'date', '2020-12-01');
      set(f, 'time_entries.csv', 0, 'date', '2030-01-01');
    });
    assertOne(
      p,
      'supervision_sessions.csv',
      2,
      'date',
      /^date 2020-12-01 is outside the programme's window, 2021-06-01 to 2022-06-30$/,
    );
    assertOne(p, 'time_entries.csv', 2, 'date', /date 2030-01-01 is outside/);
  });

  it('refuses overlapping unit costs and missing price indices', () => {
    const p = problemsAfter((f) => {
      set(f, 'unit_costs.csv', 3, 'effective_from', '2021-12-01');
      set(f, 'resources.csv', 1, 'price_year', '2019');
      f['price_index.csv']!.rows.splice(0, 1); // 2020 gone: the FSW unit cost has no index
    });
    assertOne(p, 'unit_costs.csv', 5, 'effective_from', /overlaps/);
    assertOne(p, 'unit_costs.csv', 3, 'price_year', /no price index for 2020/);
    assertOne(p, 'resources.csv', 3, 'price_year', /no price index for 2019/);
  });

  it('refuses missing files, unknown files and wrong headers at line 1', () => {
    const p = problemsAfter((f) => {
      delete f['milestones.csv'];
      f['notes.csv'] = { header: ['x'], rows: [] };
      f['resources.csv']!.header = ['description', 'category'];
    });
    assertOne(p, 'milestones.csv', 1, '', /missing/);
    assertOne(p, 'notes.csv', 1, '', /not a file of the data package/);
    assertOne(
      p,
      'resources.csv',
      1,
      '',
      /header must be exactly description,category,la_code.*missing la_code/,
    );
  });

  it('reads an older programme.csv without the optional last columns, with their defaults', () => {
    const read = files();
    const old = read['programme.csv']!;
    old.header = old.header.slice(0, 13);
    const row = { ...old.rows[0]! };
    for (const column of [
      'report_due',
      'target_practitioner_count',
      'sensitivity_low',
      'sensitivity_high',
    ])
      delete row[column];
    old.rows = [row];
    assert.deepEqual(validatePackageRows(read).problems, []);
    const record = parseRow('programme.csv', row, { cyclesPerFamily: 3 }).record!;
    assert.equal(record.sensitivityLow, '0.8');
    assert.equal(record.sensitivityHigh, '1.2');
    assert.equal(record.reportDue, null);
    assert.equal(record.targetPractitionerCount, null);
  });

  it('refuses sensitivity factors on the wrong side of 1 and a report due before delivery end', () => {
    const p = problemsAfter((f) => {
      set(f, 'programme.csv', 0, 'sensitivity_low', '1.1');
      set(f, 'programme.csv', 0, 'sensitivity_high', '0.9');
      set(f, 'programme.csv', 0, 'report_due', '2022-01-01');
    });
    assertOne(p, 'programme.csv', 2, 'sensitivity_low', /below 1/);
    assertOne(p, 'programme.csv', 2, 'sensitivity_high', /above 1/);
    assertOne(p, 'programme.csv', 2, 'report_due', /before delivery_end/);
  });

  it('refuses a programme file without exactly one row', () => {
    const p = problemsAfter((f) =>
      f['programme.csv']!.rows.push({ ...f['programme.csv']!.rows[0]! }),
    );
    assertOne(p, 'programme.csv', 1, '', /exactly one row/);
  });

  it('caps the list but counts every problem', () => {
    const f = files();
    const row = f['time_entries.csv']!.rows[0]!;
    for (let i = 0; i < 50; i++) f['time_entries.csv']!.rows.push({ ...row, minutes: 'x' });
    const result = validatePackageRows(f, 10);
    assert.equal(result.problems.length, 10);
    assert.equal(result.total, 50);
  });
});
