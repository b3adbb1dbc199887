import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { ProgrammeData } from '@attune/domain';
import { ledgerPersonMinutes, packageProblems } from './invariants';
import {
  estimateLedgerLines,
  SCALE_FILE_ORDER,
  scaleRecords,
  type ScaleChunk,
  type ScaleOptions,
} from './scale-programme';

/** Gathers a (small) streamed programme into one object, noting the order files arrived in. */
function collect(options: ScaleOptions): { data: ProgrammeData; files: string[] } {
  const data: ProgrammeData = {
    programme: undefined as unknown as ProgrammeData['programme'],
    localAuthorities: [],
    staff: [],
    practitioners: [],
    families: [],
    familySessions: [],
    supervisionSessions: [],
    supervisionAttendees: [],
    trainingEvents: [],
    trainingAttendees: [],
    milestones: [],
    timeEntries: [],
    unitCosts: [],
    priceIndex: [],
    resources: [],
  };
  const files: string[] = [];
  const add = (chunk: ScaleChunk): void => {
    switch (chunk.file) {
      case 'programme.csv':
        data.programme = chunk.record;
        break;
      case 'local_authorities.csv':
        data.localAuthorities.push(chunk.record);
        break;
      case 'staff.csv':
        data.staff.push(chunk.record);
        break;
      case 'practitioners.csv':
        data.practitioners.push(chunk.record);
        break;
      case 'families.csv':
        data.families.push(chunk.record);
        break;
      case 'family_sessions.csv':
        data.familySessions.push(chunk.record);
        break;
      case 'supervision_sessions.csv':
        data.supervisionSessions.push(chunk.record);
        break;
      case 'supervision_attendees.csv':
        data.supervisionAttendees.push(chunk.record);
        break;
      case 'training_events.csv':
        data.trainingEvents.push(chunk.record);
        break;
      case 'training_attendees.csv':
        data.trainingAttendees.push(chunk.record);
        break;
      case 'milestones.csv':
        data.milestones.push(chunk.record);
        break;
      case 'time_entries.csv':
        data.timeEntries.push(chunk.record);
        break;
      case 'unit_costs.csv':
        data.unitCosts.push(chunk.record);
        break;
      case 'price_index.csv':
        data.priceIndex.push(chunk.record);
        break;
      case 'resources.csv':
        data.resources.push(chunk.record);
        break;
    }
  };
  for (const chunk of scaleRecords(options)) {
    if (files[files.length - 1] !== chunk.file) files.push(chunk.file);
    add(chunk);
  }
  return { data, files };
}

/** Ledger lines counted from the records themselves: every minutes field above zero. */
function countLines(data: ProgrammeData): number {
  let lines = 0;
  for (const s of data.familySessions)
    lines += [s.contactMinutes, s.travelMinutes, s.prepMinutes].filter((m) => m > 0).length;
  lines += data.supervisionSessions.filter((s) => s.durationMinutes + s.prepMinutes > 0).length;
  lines += data.supervisionAttendees.length;
  for (const e of data.trainingEvents) lines += e.trainerCodes.length;
  lines += data.trainingAttendees.filter((a) => a.minutesAttended > 0).length;
  lines += data.timeEntries.filter((t) => t.minutes > 0).length;
  return lines;
}

const small = collect({ localAuthorities: 3, practitioners: 10 });

describe('scaleRecords', () => {
  it('emits every file once, in dependency order', () => {
    assert.deepEqual(small.files, SCALE_FILE_ORDER);
  });

  it('honours the requested numbers of LAs and practitioners', () => {
    const { data } = small;
    assert.deepEqual(
      data.localAuthorities.map((l) => l.code),
      ['LA001', 'LA002', 'LA003'],
    );
    assert.equal(data.practitioners.length, 10);
    assert.deepEqual(
      data.localAuthorities.map(
        (l) => data.practitioners.filter((p) => p.staffCode.startsWith(`P-${l.code}-`)).length,
      ),
      [4, 3, 3],
    );
    // Each LA also has a team manager and an administrator; supervisors and trainers are provider staff.
    assert.equal(data.staff.filter((s) => s.laCode !== null).length, 10 + 3 * 2);
    assert.ok(
      data.staff
        .filter((s) => s.laCode === null)
        .every((s) => s.costRole === 'vig_supervisor' || s.costRole === 'vig_trainer'),
    );
  });

  it('satisfies every data-package rule, references included', () => {
    assert.deepEqual(packageProblems(small.data), []);
    const bigger = collect({ localAuthorities: 4, practitioners: 60, seed: 3 });
    assert.deepEqual(packageProblems(bigger.data), []);
    assert.ok(bigger.data.families.some((f) => f.status === 'not_proceeded'));
    assert.ok(bigger.data.practitioners.some((p) => p.status === 'withdrawn'));
  });

  it('puts each session with the allocated practitioner of its family, only for intervention families', () => {
    const families = new Map(small.data.families.map((f) => [f.reference, f]));
    for (const s of small.data.familySessions) {
      const family = families.get(s.familyReference);
      assert.equal(family?.trialArm, 'intervention');
      assert.equal(s.practitionerCode, family.practitionerCode);
    }
  });

  it('estimates its ledger size within 10% of the lines the records actually yield', () => {
    for (const options of [
      { localAuthorities: 3, practitioners: 10 },
      { localAuthorities: 3, practitioners: 30, targetLedgerLines: 20_000 },
      { localAuthorities: 2, practitioners: 24, targetLedgerLines: 1_000, seed: 11 },
    ]) {
      const { data } = collect(options);
      const counted = countLines(data);
      assert.equal(counted, [...ledgerPersonMinutes(data)].length);
      const estimate = estimateLedgerLines(options);
      assert.ok(
        Math.abs(estimate - counted) <= counted * 0.1,
        `${JSON.stringify(options)}: estimate ${estimate}, counted ${counted}`,
      );
    }
  });

  it('aims at about 2,000,000 ledger lines for 150 LAs and 5,000 practitioners by default', () => {
    const estimate = estimateLedgerLines();
    assert.ok(estimate > 1_900_000 && estimate < 2_100_000, String(estimate));
  });

  it('is deterministic for a seed and different for another', () => {
    const again = collect({ localAuthorities: 3, practitioners: 10 });
    assert.deepEqual(again.data, small.data);
    const other = collect({ localAuthorities: 3, practitioners: 10, seed: 99 });
    assert.notDeepEqual(other.data.familySessions, small.data.familySessions);
  });

  it('streams: the first records of the full-size programme arrive without building the rest', () => {
    const started = process.hrtime.bigint();
    const first: ScaleChunk[] = [];
    for (const chunk of scaleRecords()) {
      first.push(chunk);
      if (first.length === 200) break;
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.equal(first[0]?.file, 'programme.csv');
    assert.equal(first.filter((c) => c.file === 'local_authorities.csv').length, 150);
    assert.ok(ms < 2000, `${ms} ms`);
  });

  it('refuses impossible options with a clear message', () => {
    assert.throws(
      () => scaleRecords({ localAuthorities: 0 }).next(),
      /localAuthorities must be a positive integer/,
    );
    assert.throws(
      () => scaleRecords({ localAuthorities: 5, practitioners: 3 }).next(),
      /at least one per LA/,
    );
  });
});
