import {
  addDays,
  CostAccumulator,
  ledgerLinesOfFamilySession,
  ledgerLinesOfSupervision,
  ledgerLinesOfTimeEntry,
  ledgerLinesOfTraining,
  notStartedFamilies,
  oneWaySensitivity,
  unitCounts,
  type CostContext,
  type CostRole,
  type CostSummary,
  type LedgerLine,
  type LineSpan,
  type OneWaySensitivity,
  type StaffIndex,
  type StaffRecord,
} from '@attune/domain';
import { Injectable, NotFoundException } from '../../platform/nest/nest-parts';
import type { DataSource, EntityManager } from 'typeorm';
import type { ReadFrom } from '../../platform/database/read-replica';
import type { AuditContext } from '../../identity/audit/audit-context';
import { VersionedCache, type Versioned } from '../../platform/cache/versioned-cache';
import { AuditService } from '../../identity/audit/audit.service';
import { costSummaryCsv, costSummaryRows } from './cost-summary-csv';
import { CostSummaryRepository, type CostSnapshot } from './cost-summary.repository';

/**
 * A stand-in staff record for everyone of one cost role in one LA. The cost
 * of a minute depends only on the role, the LA, the date and the activity,
 * so the database sums minutes by those first and the domain's ledger rules
 * turn each sum into lines: a national programme's millions of lines arrive
 * as tens of thousands of rows, and the rules stay in packages/domain.
 */
class CostGroups {
  readonly index: StaffIndex = new Map();

  code(costRole: string, laCode: string | null): string {
    const code = `${costRole}@${laCode ?? ''}`;
    if (!this.index.has(code)) {
      this.index.set(code, { code, displayName: '', costRole: costRole as CostRole, laCode });
    }
    return code;
  }
}

/** No one: the supervisor of the attendee-side sums, whose own line is counted elsewhere. */
const NOBODY: StaffRecord = {
  code: '\u0000nobody',
  displayName: '',
  costRole: 'other',
  laCode: null,
};

/**
 * The dates on which the unit cost covering a date can change: every
 * effective_from, and the day after every effective_to (periods are
 * inclusive). Between two of them each cost role is priced by one unit cost
 * (or by none: then a gap), so the database may sum
 * minutes over such a stretch of dates.
 */
export function rateStretches(
  unitCosts: ReadonlyArray<{ effectiveFrom: string | null; effectiveTo: string | null }>,
): string[] {
  const dates = new Set<string>();
  for (const uc of unitCosts) {
    if (uc.effectiveFrom) dates.add(uc.effectiveFrom);
    if (uc.effectiveTo) dates.add(addDays(uc.effectiveTo, 1));
  }
  // width_bucket needs at least one threshold; one before any date splits nothing.
  return dates.size > 0 ? [...dates].sort() : ['0001-01-01'];
}

@Injectable()
export class CostSummaryService {
  /** Summaries by programme, each under the data version it was computed at. */
  private readonly cache = new VersionedCache<CostSummary>(32);

  constructor(
    private readonly repository: CostSummaryRepository,
    private readonly audit: AuditService,
  ) {}

  /** The service outside Nest's container, on a plain DataSource (the CLI's `workbook`). */
  static on(dataSource: DataSource, audit: AuditService): CostSummaryService {
    return new CostSummaryService(new CostSummaryRepository(dataSource), audit);
  }

  /** The summary as CSV, one row per figure; the export is audited. */
  async summaryCsv(programmeId: string, context: AuditContext): Promise<string> {
    const summary = await this.summary(programmeId, 'replica');
    await this.audit.record({
      action: 'costSummary.export',
      entityType: 'Programme',
      entityId: programmeId,
      after: { rows: costSummaryRows(summary).length },
      ...context,
    });
    return costSummaryCsv(summary);
  }

  /**
   * DESIGN.md's cost summary of a programme, computed by the domain's CostAccumulator;
   * `replica` for the report, which a read replica may serve.
   */
  async summary(programmeId: string, from: ReadFrom = 'primary'): Promise<CostSummary> {
    const current = await this.repository.dataVersion(programmeId, from);
    return this.cache.get(programmeId, current, this.computation(programmeId, from));
  }

  /**
   * `summary` as the JSON bytes of the answer, serialised once per data version;
   * `read`: the version already read where `from` reads (with the session; null: no row), if it was.
   */
  async summaryJson(
    programmeId: string,
    from: ReadFrom = 'primary',
    read?: string | null,
  ): Promise<Buffer> {
    const current =
      read === undefined ? await this.repository.dataVersion(programmeId, from) : (read ?? '0');
    return this.cache.body(
      programmeId,
      current,
      this.computation(programmeId, from),
      'summary',
      (summary) => summary,
    );
  }

  /**
   * Computed at most once per data version (whoever asks while it runs waits for it);
   * one snapshot: the ledger, resources, counts and version agree with each other.
   */
  private computation(programmeId: string, from: ReadFrom): () => Promise<Versioned<CostSummary>> {
    return () =>
      this.repository.inSnapshot(
        programmeId,
        async (snapshot) => ({
          version: await snapshot.dataVersion(),
          value: await this.compute(snapshot, programmeId),
        }),
        from,
      );
  }

  /**
   * The same summary as seen inside the caller's open transaction, its own
   * uncommitted writes included: a dry run's "after" (the caller rolls back).
   */
  async summaryIn(manager: EntityManager, programmeId: string): Promise<CostSummary> {
    return this.repository.inTransaction(manager, programmeId, (snapshot) =>
      this.compute(snapshot, programmeId),
    );
  }

  /**
   * What the cost engine prices with (the programme's price year, unit costs, price index,
   * LAs), as seen in the caller's transaction: for pricing lines not yet written (an import's dry run).
   */
  async costContextIn(manager: EntityManager, programmeId: string): Promise<CostContext> {
    return this.repository.inTransaction(manager, programmeId, async (snapshot) => {
      const programme = await snapshot.programme();
      if (!programme) throw new NotFoundException(`There is no programme ${programmeId}.`);
      return {
        programme,
        unitCosts: await snapshot.unitCosts(),
        priceIndex: await snapshot.priceIndex(),
        localAuthorityCodes: await snapshot.localAuthorityCodes(),
      };
    });
  }

  /** The one-way sensitivity (the domain's oneWaySensitivity) of the same figures, in one snapshot. */
  async sensitivity(programmeId: string, from: ReadFrom = 'primary'): Promise<OneWaySensitivity> {
    return this.repository.inSnapshot(
      programmeId,
      async (snapshot) =>
        oneWaySensitivity((await this.filled(snapshot, programmeId)).oneWayInputs()),
      from,
    );
  }

  private async compute(snapshot: CostSnapshot, programmeId: string): Promise<CostSummary> {
    return (await this.filled(snapshot, programmeId)).summary();
  }

  private async filled(snapshot: CostSnapshot, programmeId: string): Promise<CostAccumulator> {
    const accumulator = await this.accumulator(snapshot, programmeId);
    await this.addLedger(snapshot, accumulator);
    await this.addResources(snapshot, accumulator);
    await this.addCounts(snapshot, accumulator);
    return accumulator;
  }

  private async accumulator(snapshot: CostSnapshot, programmeId: string): Promise<CostAccumulator> {
    const programme = await snapshot.programme();
    if (!programme) throw new NotFoundException(`There is no programme ${programmeId}.`);
    const unitCosts = await snapshot.unitCosts();
    const priceIndex = await snapshot.priceIndex();
    const localAuthorityCodes = await snapshot.localAuthorityCodes();
    return new CostAccumulator({ programme, unitCosts, priceIndex, localAuthorityCodes });
  }

  private async addLedger(snapshot: CostSnapshot, acc: CostAccumulator): Promise<void> {
    const groups = new CostGroups();
    // Each summed row stands for `span.lines` ledger lines up to `span.to`, should it be a gap.
    const add = (lines: readonly LedgerLine[], span: LineSpan) => {
      for (const line of lines) if (line.staffCode !== NOBODY.code) acc.addLine(line, span);
    };
    const stretches = rateStretches(acc.rates.unitCosts);
    // The largest source, summed on the snapshot's second connection while the others are read.
    const timeEntries = snapshot.timeEntrySums(stretches);

    for (const r of await snapshot.familySessionSums(stretches)) {
      const session = {
        familyReference: '',
        practitionerCode: groups.code(r.costRole, r.laCode),
        date: r.date,
        type: 'other' as const,
        cycle: null,
        outcome: 'held' as const,
        contactMinutes: 0,
        travelMinutes: 0,
        prepMinutes: 0,
      };
      // One amount at a time, so each line is paired with the count of sessions that had it.
      const to = r.lastDate;
      const one = (minutes: Partial<typeof session>, lines: number) =>
        add(ledgerLinesOfFamilySession({ ...session, ...minutes }, groups.index), { lines, to });
      one({ contactMinutes: r.contact }, r.contactLines);
      one({ travelMinutes: r.travel }, r.travelLines);
      one({ prepMinutes: r.prep }, r.prepLines);
    }

    groups.index.set(NOBODY.code, NOBODY);
    for (const r of await snapshot.supervisorSums(stretches)) {
      const session = this.supervision(
        r.date,
        groups.code(r.costRole, r.laCode),
        r.duration,
        r.prep,
      );
      add(ledgerLinesOfSupervision(session, [], groups.index), { lines: r.lines, to: r.lastDate });
    }
    for (const r of await snapshot.supervisionAttendeeSums(stretches)) {
      const session = this.supervision(r.date, NOBODY.code, r.duration, 0);
      const attendee = {
        sessionId: session.id,
        practitionerCode: groups.code(r.costRole, r.laCode),
        familyReference: null,
        cycle: null,
      };
      add(ledgerLinesOfSupervision(session, [attendee], groups.index), {
        lines: r.lines,
        to: r.lastDate,
      });
    }

    await this.addTraining(snapshot, acc);

    for (const r of await timeEntries) {
      const entry = {
        staffCode: groups.code(r.costRole, r.staffLaCode),
        date: r.date,
        activity: r.activity as 'other',
        minutes: r.minutes,
        laCode: r.entryLaCode,
        familyReference: null,
      };
      add(ledgerLinesOfTimeEntry(entry, groups.index), { lines: r.lines, to: r.lastDate });
    }
  }

  private supervision(
    date: string,
    supervisorCode: string,
    durationMinutes: number,
    prepMinutes: number,
  ) {
    return {
      id: 'sum',
      date,
      supervisorCode,
      format: 'group' as const,
      mode: 'in_person' as const,
      durationMinutes,
      prepMinutes,
    };
  }

  /** Training is small (events x attendees): its lines come record by record, with the real staff. */
  private async addTraining(snapshot: CostSnapshot, acc: CostAccumulator): Promise<void> {
    const staff: StaffIndex = new Map();
    for (const s of await snapshot.staff()) staff.set(s.code, { ...s, displayName: '' });
    const attendees = new Map<
      string,
      Array<{ eventId: string; staffCode: string; minutesAttended: number }>
    >();
    for (const a of await snapshot.trainingAttendees()) {
      const list = attendees.get(a.eventId) ?? [];
      list.push(a);
      attendees.set(a.eventId, list);
    }
    for (const event of await snapshot.trainingEvents()) {
      for (const line of ledgerLinesOfTraining(event, attendees.get(event.id) ?? [], staff))
        acc.addLine(line);
    }
  }

  private async addResources(snapshot: CostSnapshot, acc: CostAccumulator): Promise<void> {
    for (const resource of await snapshot.resources()) acc.addResource(resource);
  }

  /**
   * The denominators, by the domain's unitCounts. Sessions come as one row
   * per family and outcome: all the rule looks at.
   */
  private async addCounts(snapshot: CostSnapshot, acc: CostAccumulator): Promise<void> {
    const families = await snapshot.families();
    const familySessions = await snapshot.familySessionOutcomes();
    await this.addNotStarted(snapshot, acc, notStartedFamilies({ families, familySessions }));
    const practitioners = await snapshot.practitioners();
    const trainingEvents = await snapshot.trainingEventTypes();
    const trainingAttendees = await snapshot.trainingAttendees();
    const milestones = await snapshot.milestones();
    // Only the fields unitCounts reads are fetched; the rest of each record is not needed.
    acc.setCounts(
      unitCounts({
        families,
        familySessions,
        practitioners,
        trainingEvents,
        trainingAttendees,
        milestones,
      } as unknown as Parameters<typeof unitCounts>[0]),
    );
  }

  /**
   * The lines of families that never started (the domain says which), summed by family, become
   * the domain's ledger lines and go to their group; they are in the totals already.
   */
  private async addNotStarted(
    snapshot: CostSnapshot,
    acc: CostAccumulator,
    groups: ReturnType<typeof notStartedFamilies>,
  ): Promise<void> {
    for (const group of groups.values()) acc.addNotStartedFamily(group);
    if (groups.size === 0) return;
    const staff = new CostGroups();
    const sums = await snapshot.notStartedSums(rateStretches(acc.rates.unitCosts), [
      ...groups.keys(),
    ]);
    const add = (reference: string, lines: readonly LedgerLine[]) => {
      for (const line of lines) acc.addNotStartedLine(line, groups.get(reference)!);
    };
    for (const r of sums.familySessions) {
      const session = {
        familyReference: r.reference,
        practitionerCode: staff.code(r.costRole, r.laCode),
        date: r.date,
        type: 'other' as const,
        cycle: null,
        outcome: 'held' as const,
        contactMinutes: r.contact,
        travelMinutes: r.travel,
        prepMinutes: r.prep,
      };
      add(r.reference, ledgerLinesOfFamilySession(session, staff.index));
    }
    staff.index.set(NOBODY.code, NOBODY);
    for (const r of sums.supervisionAttendees) {
      const session = this.supervision(r.date, NOBODY.code, r.duration, 0);
      const attendee = {
        sessionId: session.id,
        practitionerCode: staff.code(r.costRole, r.laCode),
        familyReference: r.reference,
        cycle: null,
      };
      const lines = ledgerLinesOfSupervision(session, [attendee], staff.index);
      add(
        r.reference,
        lines.filter((l) => l.staffCode !== NOBODY.code),
      );
    }
    for (const r of sums.timeEntries) {
      const entry = {
        staffCode: staff.code(r.costRole, r.staffLaCode),
        date: r.date,
        activity: r.activity as 'other',
        minutes: r.minutes,
        laCode: r.entryLaCode,
        familyReference: r.reference,
      };
      add(r.reference, ledgerLinesOfTimeEntry(entry, staff.index));
    }
  }
}
