import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { ProgrammeData } from '../model/records.js';
import { PACKAGE_COLUMNS, PACKAGE_FILES, PACKAGE_KEYS, type PackageFile } from './files.js';
import { parseRow } from './rows.js';
import { validatePackageRows } from './validator.js';
import { csvLine, programmeToCsvFiles } from './write.js';

/** A small programme with one of nearly everything, valid as it stands. */
function fixture(): ProgrammeData {
  return {
    programme: {
      name: 'Demo VIG, north',
      funder: 'WWCSC',
      provider: 'Babies1st',
      startDate: '2021-06-01',
      intakeStart: '2021-08-01',
      intakeEnd: '2022-03-31',
      deliveryEnd: '2022-06-30',
      priceYear: 2021,
      discountRate: '0.035',
      minFamiliesPerPractitioner: 6,
      minSessionsPerFamily: 8,
      cyclesPerFamily: 3,
      ruleSet: 'aviguk_18_cycle',
    },
    localAuthorities: [
      { code: 'LA1', name: 'North' },
      { code: 'LA2', name: 'South' },
    ],
    staff: [
      {
        code: 'P-LA1-01',
        displayName: 'Ann "Annie" Smith',
        costRole: 'social_worker',
        laCode: 'LA1',
      },
      {
        code: 'P-LA2-01',
        displayName: 'Bo Jones',
        costRole: 'family_support_worker',
        laCode: 'LA2',
      },
      { code: 'S-01', displayName: 'Sue Visor', costRole: 'vig_supervisor', laCode: null },
      { code: 'T-01', displayName: 'Tim Trainer', costRole: 'vig_trainer', laCode: null },
    ],
    practitioners: [
      {
        staffCode: 'P-LA1-01',
        substantiveRole: 'social_worker',
        fte: '1.0',
        vigHoursPerWeek: '7.5',
        startDate: '2021-07-01',
        supervisorCode: 'S-01',
        status: 'active',
        statusDate: null,
        statusReason: null,
      },
      {
        staffCode: 'P-LA2-01',
        substantiveRole: 'family_support_worker',
        fte: '0.6',
        vigHoursPerWeek: '4',
        startDate: '2021-07-01',
        supervisorCode: 'S-01',
        status: 'paused',
        statusDate: '2022-01-10',
        statusReason: 'workload',
      },
    ],
    families: [
      {
        reference: 'F-001',
        laCode: 'LA1',
        referralDate: '2021-08-10',
        childBirthMonth: '2021-03',
        planAtReferral: 'CP',
        courtProceedings: false,
        trialArm: 'intervention',
        randomisationDate: '2021-08-20',
        practitionerCode: 'P-LA1-01',
        status: 'completed',
        statusDate: '2022-03-01',
        statusReason: null,
        outcome6m: 'none',
      },
      {
        reference: 'F-002',
        laCode: 'LA2',
        referralDate: '2021-09-01',
        childBirthMonth: '2021-05',
        planAtReferral: 'CiN',
        courtProceedings: true,
        trialArm: 'control',
        randomisationDate: '2021-09-10',
        practitionerCode: null,
        status: 'not_proceeded',
        statusDate: '2021-09-15',
        statusReason: 'court_proceedings',
        outcome6m: null,
      },
    ],
    familySessions: [
      session('initial_meeting', null, '2021-09-01'),
      session('filming', 1, '2021-09-08'),
      session('shared_review', 1, '2021-09-15'),
    ],
    supervisionSessions: [
      {
        id: 'SV-1',
        date: '2021-09-20',
        supervisorCode: 'S-01',
        format: 'individual',
        mode: 'remote',
        durationMinutes: 60,
        prepMinutes: 15,
      },
      {
        id: 'SV-2',
        date: '2021-10-20',
        supervisorCode: 'S-01',
        format: 'group',
        mode: 'in_person',
        durationMinutes: 90,
        prepMinutes: 30,
      },
    ],
    supervisionAttendees: [
      { sessionId: 'SV-1', practitionerCode: 'P-LA1-01', familyReference: 'F-001', cycle: 1 },
      { sessionId: 'SV-2', practitionerCode: 'P-LA1-01', familyReference: null, cycle: null },
      { sessionId: 'SV-2', practitionerCode: 'P-LA2-01', familyReference: null, cycle: null },
    ],
    trainingEvents: [
      {
        id: 'TR-1',
        date: '2021-07-05',
        type: 'initial_course',
        durationMinutes: 840,
        trainerCodes: ['T-01', 'S-01'],
      },
    ],
    trainingAttendees: [
      { eventId: 'TR-1', staffCode: 'P-LA1-01', minutesAttended: 840 },
      { eventId: 'TR-1', staffCode: 'P-LA2-01', minutesAttended: 420 },
    ],
    milestones: [
      {
        practitionerCode: 'P-LA1-01',
        type: 'initial_course_completed',
        date: '2021-07-06',
        assessorCode: 'T-01',
        outcome: 'passed',
      },
    ],
    timeEntries: [
      {
        staffCode: 'P-LA1-01',
        date: '2021-09-02',
        activity: 'case_recording',
        minutes: 30,
        laCode: null,
        familyReference: 'F-001',
      },
      {
        staffCode: 'S-01',
        date: '2021-09-03',
        activity: 'admin',
        minutes: 20,
        laCode: 'LA2',
        familyReference: null,
      },
    ],
    unitCosts: [
      {
        costRole: 'social_worker',
        hourlyCostPence: 5000,
        priceYear: 2021,
        basis: 'working_hour',
        source: 'PSSRU 2021, 11.1',
        effectiveFrom: null,
        effectiveTo: null,
      },
      {
        costRole: 'family_support_worker',
        hourlyCostPence: 3500,
        priceYear: 2020,
        basis: 'working_hour',
        source: 'PSSRU 2020',
        effectiveFrom: null,
        effectiveTo: null,
      },
      {
        costRole: 'vig_supervisor',
        hourlyCostPence: 6000,
        priceYear: 2021,
        basis: 'client_hour',
        source: 'Provider',
        effectiveFrom: '2021-01-01',
        effectiveTo: '2021-12-31',
      },
      {
        costRole: 'vig_supervisor',
        hourlyCostPence: 6200,
        priceYear: 2021,
        basis: 'client_hour',
        source: 'Provider',
        effectiveFrom: '2022-01-01',
        effectiveTo: null,
      },
      {
        costRole: 'vig_trainer',
        hourlyCostPence: 7000,
        priceYear: 2021,
        basis: 'working_hour',
        source: 'Provider',
        effectiveFrom: null,
        effectiveTo: null,
      },
    ],
    priceIndex: [
      { year: 2020, index: '98.5' },
      { year: 2021, index: '100' },
    ],
    resources: [
      {
        description: 'Camera',
        category: 'equipment',
        laCode: 'LA1',
        costType: 'setup',
        quantity: '2',
        unitCostPence: 25000,
        priceYear: 2020,
        usefulLifeYears: 3,
        bearer: 'la',
        date: '2021-07-01',
      },
      {
        description: 'Venue hire',
        category: 'venue',
        laCode: null,
        costType: 'recurring',
        quantity: '1.5',
        unitCostPence: 10000,
        priceYear: 2021,
        usefulLifeYears: 1,
        bearer: 'provider',
        date: '2021-07-05',
      },
    ],
  };
}

function session(
  type: 'initial_meeting' | 'filming' | 'shared_review',
  cycle: number | null,
  date: string,
) {
  return {
    familyReference: 'F-001',
    practitionerCode: 'P-LA1-01',
    date,
    type,
    cycle,
    outcome: 'held' as const,
    contactMinutes: 60,
    travelMinutes: 30,
    prepMinutes: type === 'filming' ? 0 : 45,
  };
}

/** A minimal RFC 4180 reader, independent of the writer under test. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === '\n') {
      row.push(cell);
      cell = '';
      if (c === '\n') {
        rows.push(row);
        row = [];
      }
    } else cell += c;
  }
  return rows;
}

type Files = Record<string, { header: string[]; rows: Array<Record<string, string>> }>;

function files(data: ProgrammeData = fixture()): Files {
  const out: Files = {};
  for (const [file, text] of Object.entries(programmeToCsvFiles(data))) {
    const [header, ...lines] = readCsv(text);
    out[file] = {
      header: header!,
      rows: lines.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? '']))),
    };
  }
  return out;
}

/** The problems of the fixture after `change` edits its cells. */
function problemsAfter(change: (f: Files) => void) {
  const f = files();
  change(f);
  return validatePackageRows(f).problems;
}

function set(f: Files, file: PackageFile, row: number, column: string, value: string): void {
  f[file]!.rows[row]![column] = value;
}

function assertOne(
  problems: ReturnType<typeof problemsAfter>,
  file: string,
  line: number,
  column: string,
  pattern: RegExp,
): void {
  const found = problems.find((p) => p.file === file && p.line === line && p.column === column);
  assert.ok(
    found,
    `expected a problem in ${file} line ${line} ${column}; got ${JSON.stringify(problems)}`,
  );
  assert.match(found.problem, pattern);
}

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
      const expected = file === 'programme.csv' ? [data.programme] : data[PACKAGE_KEYS[file]];
      assert.deepEqual(records, expected, file);
    }
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
      // vig_supervisor's periods start in 2021: a 2020 supervision session has no rate.
      set(f, 'supervision_sessions.csv', 0, 'date', '2020-12-01');
      f['unit_costs.csv']!.rows.splice(1, 1); // no family_support_worker cost at all
    });
    assertOne(
      p,
      'supervision_sessions.csv',
      2,
      'date',
      /no vig_supervisor unit cost covers 2020-12-01/,
    );
    assertOne(p, 'training_attendees.csv', 3, 'date', /no family_support_worker unit cost/);
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
