// The validator spec's programme: a small, valid package with one of nearly
// everything, and helpers that edit its cells and collect the problems.
import assert from 'node:assert/strict';
import type { ProgrammeData } from '../src/model/records.js';
import type { PackageFile } from '../src/package/files.js';
import { validatePackageRows } from '../src/package/validator.js';
import { programmeToCsvFiles } from '../src/package/write.js';

/** A small programme with one of nearly everything, valid as it stands. */
export function fixture(): ProgrammeData {
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
      reportDue: '2022-09-30',
      targetPractitionerCount: 21,
      sensitivityLow: '0.75',
      sensitivityHigh: '1.25',
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
        referralSource: 'health_visitor',
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
        referralSource: null,
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

export function session(
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
export function readCsv(text: string): string[][] {
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

export type Files = Record<string, { header: string[]; rows: Array<Record<string, string>> }>;

export function files(data: ProgrammeData = fixture()): Files {
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
export function problemsAfter(change: (f: Files) => void) {
  const f = files();
  change(f);
  return validatePackageRows(f).problems;
}

export function set(f: Files, file: PackageFile, row: number, column: string, value: string): void {
  f[file]!.rows[row]![column] = value;
}

export function assertOne(
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
