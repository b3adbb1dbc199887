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

/** Ids to codes, from a snapshot's small tables (a batch's rows carry their family's reference). */
export interface LedgerCodes {
  la: Map<string, string>;
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

/*
 * Records are built field by field, never `{ ...row, more }`: V8 gives each object made by a
 * spread followed by more properties a map (hidden class) of its own, which for millions of
 * records is CPU time and, for what is kept, memory (measured: 95,000 maps, 28 MB of a
 * 87 MB heap, before the families were built this way).
 */

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
export function sourcedLedgerBatches(
  snapshot: WorkbookSnapshot,
  c: LedgerCodes,
  sources: ReadonlySet<LedgerSource> = ALL,
): AsyncGenerator<SourcedLine[]> {
  return batches(snapshot, c, sources, (out: SourcedLine[], lines, sourceRecordId) => {
    for (const line of lines) out.push({ line, sourceRecordId });
  });
}

/** The lines alone, for the workbook: no wrapper object per line to make and drop. */
export function ledgerLineBatches(
  snapshot: WorkbookSnapshot,
  c: LedgerCodes,
): AsyncGenerator<LedgerLine[]> {
  return batches(snapshot, c, ALL, (out: LedgerLine[], lines) => {
    for (const line of lines) out.push(line);
  });
}

async function* batches<T>(
  snapshot: WorkbookSnapshot,
  c: LedgerCodes,
  sources: ReadonlySet<LedgerSource>,
  from: (out: T[], lines: LedgerLine[], sourceRecordId: string) => void,
): AsyncGenerator<T[]> {
  const staff = (id: string) => c.staffCode(id);

  if (sources.has('family_session')) {
    for await (const rows of snapshot.familySessionBatches()) {
      const out: T[] = [];
      for (const r of rows) {
        const session = {
          familyReference: r.familyReference ?? '',
          practitionerCode: staff(r.practitionerId),
          date: r.date,
          type: r.type,
          cycle: r.cycle,
          outcome: r.outcome,
          contactMinutes: r.contactMinutes,
          travelMinutes: r.travelMinutes,
          prepMinutes: r.prepMinutes,
        };
        from(out, ledgerLinesOfFamilySession(session, c.index), r.id);
      }
      yield out;
    }
  }

  if (sources.has('supervision_session')) {
    for await (const rows of snapshot.supervisionSessionBatches()) {
      const out: T[] = [];
      const attendees = groupBy(
        (await snapshot.supervisionAttendeesOf(rows.map((r) => r.id))).map((a) => ({
          sessionId: a.sessionId,
          practitionerCode: staff(a.practitionerId),
          familyReference: a.familyReference,
          cycle: a.cycle,
        })),
        (a) => a.sessionId,
      );
      for (const r of rows) {
        const session = {
          id: r.id,
          date: r.date,
          format: r.format,
          mode: r.mode,
          durationMinutes: r.durationMinutes,
          prepMinutes: r.prepMinutes,
          supervisorCode: staff(r.supervisorId),
        };
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
      const out: T[] = [];
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
          id: r.id,
          date: r.date,
          type: r.type,
          durationMinutes: r.durationMinutes,
          trainerCodes: (trainers.get(r.id) ?? []).map((t) => staff(t.staffId)),
        };
        from(out, ledgerLinesOfTraining(event, attendees.get(event.id) ?? [], c.index), r.id);
      }
      yield out;
    }
  }

  if (sources.has('time_entry')) {
    for await (const rows of snapshot.timeEntryBatches()) {
      const out: T[] = [];
      for (const r of rows) {
        const entry = {
          staffCode: staff(r.staffId),
          date: r.date,
          activity: r.activity,
          minutes: r.minutes,
          laCode: r.laId === null ? null : (c.la.get(r.laId) ?? r.laId),
          familyReference: r.familyReference,
        };
        from(out, ledgerLinesOfTimeEntry(entry, c.index), r.id);
      }
      yield out;
    }
  }
}
