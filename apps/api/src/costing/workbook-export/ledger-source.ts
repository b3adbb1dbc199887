import {
  groupBy,
  ledgerLinesOfFamilySession,
  ledgerLinesOfSupervision,
  ledgerLinesOfTimeEntry,
  ledgerLinesOfTraining,
  type LedgerLine,
  type LedgerSource,
  type StaffIndex,
} from '@attune/domain';
import type { WorkbookSnapshot } from './workbook-snapshot';

/** Ids to codes, from a snapshot's small tables: a ledger batch is mapped without a join. */
export interface LedgerCodes {
  la: Map<string, string>;
  family: Map<string, string>;
  /** By code, for the domain's ledgerLinesOf* functions; display names are never read. */
  index: StaffIndex;
  staffCode(id: string): string;
}

/** A ledger line and the id of the record it was made from. */
export interface SourcedLine {
  line: LedgerLine;
  sourceRecordId: string;
}

const ALL: ReadonlySet<LedgerSource> = new Set([
  'family_session',
  'supervision_session',
  'training_event',
  'time_entry',
]);

/**
 * The staff-time ledger record by record, in DESIGN's source order, a batch
 * of records at a time: which minutes make which lines is the domain's
 * ledgerLinesOf*. The one reader of record-level lines (the workbook's
 * StaffTime sheet and the ledger endpoint); `sources` skips whole tables.
 */
export async function* sourcedLedger(
  snapshot: WorkbookSnapshot,
  c: LedgerCodes,
  sources: ReadonlySet<LedgerSource> = ALL,
): AsyncGenerator<SourcedLine> {
  for await (const batch of sourcedLedgerBatches(snapshot, c, sources)) yield* batch;
}

/**
 * sourcedLedger a batch of records' lines at a time: one await per batch
 * rather than per line, for the workbook's millions of lines.
 */
export async function* sourcedLedgerBatches(
  snapshot: WorkbookSnapshot,
  c: LedgerCodes,
  sources: ReadonlySet<LedgerSource> = ALL,
): AsyncGenerator<SourcedLine[]> {
  const staff = (id: string) => c.staffCode(id);
  const family = (id: string | null) => (id === null ? null : (c.family.get(id) ?? id));
  const from = (out: SourcedLine[], lines: LedgerLine[], sourceRecordId: string) => {
    for (const line of lines) out.push({ line, sourceRecordId });
  };

  if (sources.has('family_session')) {
    for await (const rows of snapshot.familySessionBatches()) {
      const out: SourcedLine[] = [];
      for (const { id, familyId, practitionerId, ...r } of rows) {
        const session = {
          familyReference: family(familyId) ?? '',
          practitionerCode: staff(practitionerId),
          ...r,
        };
        from(out, ledgerLinesOfFamilySession(session, c.index), id);
      }
      yield out;
    }
  }

  if (sources.has('supervision_session')) {
    for await (const rows of snapshot.supervisionSessionBatches()) {
      const out: SourcedLine[] = [];
      const attendees = groupBy(
        (await snapshot.supervisionAttendeesOf(rows.map((r) => r.id))).map((a) => ({
          sessionId: a.sessionId,
          practitionerCode: staff(a.practitionerId),
          familyReference: family(a.familyId),
          cycle: a.cycle,
        })),
        (a) => a.sessionId,
      );
      for (const { supervisorId, ...r } of rows) {
        const session = { ...r, supervisorCode: staff(supervisorId) };
        from(
          out,
          ledgerLinesOfSupervision(session, attendees.get(session.id) ?? [], c.index),
          session.id,
        );
      }
      yield out;
    }
  }

  if (sources.has('training_event')) {
    for await (const rows of snapshot.trainingEventBatches()) {
      const out: SourcedLine[] = [];
      const ids = rows.map((r) => r.id);
      const trainers = groupBy(await snapshot.trainingTrainersOf(ids), (t) => t.eventId);
      const attendees = groupBy(
        (await snapshot.trainingAttendeesOf(ids)).map((a) => ({
          eventId: a.eventId,
          staffCode: staff(a.staffId),
          minutesAttended: a.minutesAttended,
        })),
        (a) => a.eventId,
      );
      for (const r of rows) {
        const event = {
          ...r,
          trainerCodes: (trainers.get(r.id) ?? []).map((t) => staff(t.staffId)),
        };
        from(out, ledgerLinesOfTraining(event, attendees.get(event.id) ?? [], c.index), r.id);
      }
      yield out;
    }
  }

  if (sources.has('time_entry')) {
    for await (const rows of snapshot.timeEntryBatches()) {
      const out: SourcedLine[] = [];
      for (const { id, staffId, laId, familyId, ...r } of rows) {
        const entry = {
          staffCode: staff(staffId),
          ...r,
          laCode: laId === null ? null : (c.la.get(laId) ?? laId),
          familyReference: family(familyId),
        };
        from(out, ledgerLinesOfTimeEntry(entry, c.index), id);
      }
      yield out;
    }
  }
}
