import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { StaffRecord } from '../model/records.js';
import {
  deriveLedger,
  indexStaff,
  ledgerLinesOfFamilySession,
  ledgerLinesOfSupervision,
  ledgerLinesOfTimeEntry,
  ledgerLinesOfTraining,
} from './ledger.js';
import { CostingError } from './errors.js';

const staffList: StaffRecord[] = [
  { code: 'P-A-01', displayName: 'Ann', costRole: 'social_worker', laCode: 'A' },
  { code: 'P-A-02', displayName: 'Bob', costRole: 'family_support_worker', laCode: 'A' },
  { code: 'P-B-01', displayName: 'Cat', costRole: 'social_worker', laCode: 'B' },
  { code: 'SUP-01', displayName: 'Dee', costRole: 'vig_supervisor', laCode: null },
  { code: 'TRN-01', displayName: 'Eve', costRole: 'vig_trainer', laCode: null },
];
const staff = indexStaff(staffList);

describe('ledger derivation', () => {
  it('costs a family session to its practitioner in three activities, whatever the outcome, skipping zero minutes', () => {
    const lines = ledgerLinesOfFamilySession(
      {
        familyReference: 'F-A-001',
        practitionerCode: 'P-A-01',
        date: '2021-09-01',
        type: 'filming',
        cycle: 1,
        outcome: 'did_not_attend',
        contactMinutes: 0,
        travelMinutes: 40,
        prepMinutes: 15,
      },
      staff,
    );
    assert.deepEqual(
      lines.map((l) => [l.activity, l.minutes, l.laCode, l.costRole, l.familyReference, l.source]),
      [
        ['travel', 40, 'A', 'social_worker', 'F-A-001', 'family_session'],
        ['preparation', 15, 'A', 'social_worker', 'F-A-001', 'family_session'],
      ],
    );
  });

  it('costs a group supervision once to the supervisor (duration + prep) and in full to each attendee', () => {
    const session = {
      id: 'S1',
      date: '2021-10-05',
      supervisorCode: 'SUP-01',
      format: 'group' as const,
      mode: 'remote' as const,
      durationMinutes: 90,
      prepMinutes: 30,
    };
    const attendees = [
      { sessionId: 'S1', practitionerCode: 'P-A-01', familyReference: 'F-A-001', cycle: 1 },
      { sessionId: 'S1', practitionerCode: 'P-A-02', familyReference: null, cycle: null },
      { sessionId: 'S1', practitionerCode: 'P-B-01', familyReference: null, cycle: null },
      { sessionId: 'S2', practitionerCode: 'P-B-01', familyReference: null, cycle: null },
    ];
    const lines = ledgerLinesOfSupervision(session, attendees, staff);
    assert.deepEqual(
      lines.map((l) => [l.staffCode, l.activity, l.minutes, l.laCode, l.familyReference]),
      [
        ['SUP-01', 'supervision_provided', 120, null, null],
        ['P-A-01', 'supervision_received', 90, 'A', 'F-A-001'],
        ['P-A-02', 'supervision_received', 90, 'A', null],
        ['P-B-01', 'supervision_received', 90, 'B', null],
      ],
    );
  });

  it('costs a training event to each trainer (duration) and each attendee (minutes attended)', () => {
    const lines = ledgerLinesOfTraining(
      {
        id: 'T1',
        date: '2021-07-01',
        type: 'initial_course',
        durationMinutes: 420,
        trainerCodes: ['TRN-01', 'SUP-01'],
      },
      [
        { eventId: 'T1', staffCode: 'P-A-01', minutesAttended: 420 },
        { eventId: 'T1', staffCode: 'P-B-01', minutesAttended: 300 },
      ],
      staff,
    );
    assert.deepEqual(
      lines.map((l) => [l.staffCode, l.activity, l.minutes, l.source]),
      [
        ['TRN-01', 'training_delivered', 420, 'training_event'],
        ['SUP-01', 'training_delivered', 420, 'training_event'],
        ['P-A-01', 'training_received', 420, 'training_event'],
        ['P-B-01', 'training_received', 300, 'training_event'],
      ],
    );
  });

  it("puts a time entry in its own LA when it names one, else in the person's", () => {
    const entry = {
      staffCode: 'SUP-01',
      date: '2021-11-02',
      activity: 'meetings' as const,
      minutes: 60,
      laCode: 'B',
      familyReference: null,
    };
    assert.equal(ledgerLinesOfTimeEntry(entry, staff)[0]!.laCode, 'B');
    assert.equal(ledgerLinesOfTimeEntry({ ...entry, laCode: null }, staff)[0]!.laCode, null);
    assert.equal(
      ledgerLinesOfTimeEntry({ ...entry, staffCode: 'P-A-02', laCode: null }, staff)[0]!.laCode,
      'A',
    );
    assert.deepEqual(ledgerLinesOfTimeEntry({ ...entry, minutes: 0 }, staff), []);
  });

  it('refuses a staff code that is not in staff.csv, naming it', () => {
    assert.throws(
      () =>
        ledgerLinesOfTimeEntry(
          {
            staffCode: 'NOPE',
            date: '2021-11-02',
            activity: 'admin',
            minutes: 5,
            laCode: null,
            familyReference: null,
          },
          staff,
        ),
      (e: unknown) => e instanceof CostingError && /NOPE/.test(e.message),
    );
  });

  it('derives every source once, matching attendees to their own session and event', () => {
    const lines = [
      ...deriveLedger({
        staff: staffList,
        familySessions: [
          {
            familyReference: 'F-A-001',
            practitionerCode: 'P-A-01',
            date: '2021-09-01',
            type: 'initial_meeting',
            cycle: null,
            outcome: 'held',
            contactMinutes: 60,
            travelMinutes: 20,
            prepMinutes: 10,
          },
        ],
        supervisionSessions: [
          {
            id: 'S1',
            date: '2021-10-05',
            supervisorCode: 'SUP-01',
            format: 'individual',
            mode: 'in_person',
            durationMinutes: 60,
            prepMinutes: 0,
          },
          {
            id: 'S2',
            date: '2021-10-06',
            supervisorCode: 'SUP-01',
            format: 'individual',
            mode: 'in_person',
            durationMinutes: 45,
            prepMinutes: 5,
          },
        ],
        supervisionAttendees: [
          { sessionId: 'S2', practitionerCode: 'P-B-01', familyReference: null, cycle: null },
          { sessionId: 'S1', practitionerCode: 'P-A-01', familyReference: null, cycle: null },
        ],
        trainingEvents: [
          {
            id: 'T1',
            date: '2021-07-01',
            type: 'group_day',
            durationMinutes: 300,
            trainerCodes: ['TRN-01'],
          },
        ],
        trainingAttendees: [{ eventId: 'T1', staffCode: 'P-A-02', minutesAttended: 300 }],
        timeEntries: [
          {
            staffCode: 'P-A-01',
            date: '2021-09-02',
            activity: 'case_recording',
            minutes: 25,
            laCode: null,
            familyReference: 'F-A-001',
          },
        ],
      }),
    ];
    assert.deepEqual(
      lines.map((l) => `${l.source}:${l.staffCode}:${l.activity}:${l.minutes}`),
      [
        'family_session:P-A-01:direct_delivery:60',
        'family_session:P-A-01:travel:20',
        'family_session:P-A-01:preparation:10',
        'supervision_session:SUP-01:supervision_provided:60',
        'supervision_session:P-A-01:supervision_received:60',
        'supervision_session:SUP-01:supervision_provided:50',
        'supervision_session:P-B-01:supervision_received:45',
        'training_event:TRN-01:training_delivered:300',
        'training_event:P-A-02:training_received:300',
        'time_entry:P-A-01:case_recording:25',
      ],
    );
  });
});
