import {
  notStartedFamilies,
  type FamilyRecord,
  type LedgerSource,
  type NotStartedLookup,
  type PriceIndexRecord,
  type ResourceRecord,
  type UnitCostRecord,
} from '@attune/domain';
import { Injectable, NotFoundException } from '@nestjs/common';
import type { ReadFrom } from '../../platform/database/read-replica';
import { sourcedLedger, type LedgerCodes, type SourcedLine } from './ledger-source';
import { WorkbookExportRepository, type WorkbookSnapshot } from './workbook-export.repository';

/** One programme's record-level ledger in one snapshot, which `close()` ends. */
export interface LedgerLinesSource {
  priceYear: number;
  unitCosts: UnitCostRecord[];
  priceIndex: PriceIndexRecord[];
  /** The staff-time lines of the given sources, record by record, in DESIGN's source order. */
  staffLines(sources: ReadonlySet<LedgerSource>): AsyncGenerator<SourcedLine>;
  /** The resources, with LA codes and their ids. */
  resources(): Promise<Array<ResourceRecord & { id: string }>>;
  /** The families that never started (the domain's rule), for a notStarted filter. */
  notStarted(): Promise<NotStartedLookup>;
  close(): Promise<void>;
}

/**
 * The workbook's reader of record-level ledger lines, for others (the ledger
 * endpoint): the same snapshot, keyset batches and domain rules as the
 * StaffTime sheet, so there is one builder of ledger lines.
 */
@Injectable()
export class LedgerLinesService {
  constructor(private readonly repository: WorkbookExportRepository) {}

  async open(programmeId: string, from: ReadFrom = 'primary'): Promise<LedgerLinesSource> {
    const snapshot = await this.repository.snapshot(programmeId, from);
    try {
      const programme = await snapshot.programme();
      if (!programme) throw new NotFoundException(`There is no programme ${programmeId}.`);
      // For the not-started rule, which reads their statuses.
      const families = await snapshot.families();
      const codes = await codesOf(snapshot);
      return {
        priceYear: programme.priceYear,
        unitCosts: await snapshot.unitCosts(),
        priceIndex: await snapshot.priceIndex(),
        staffLines: (sources) => sourcedLedger(snapshot, codes, sources),
        resources: async () =>
          (await snapshot.resources()).map(({ laId, ...r }) => ({
            ...r,
            laCode: laId === null ? null : (codes.la.get(laId) ?? laId),
          })),
        notStarted: () => Promise.resolve(notStartedOf(families, codes)),
        close: () => snapshot.close(),
      };
    } catch (error) {
      await snapshot.close();
      throw error;
    }
  }
}

/** The domain's notStartedFamilies over the snapshot's families (their held-session counts suffice). */
type SnapshotFamily = Awaited<ReturnType<WorkbookSnapshot['families']>>[number];

function notStartedOf(families: readonly SnapshotFamily[], codes: LedgerCodes) {
  return notStartedFamilies({
    families: families.map((f) => ({
      reference: f.reference,
      laCode: codes.la.get(f.laId) ?? f.laId,
      trialArm: f.trialArm as FamilyRecord['trialArm'],
      practitionerCode: f.practitionerId === null ? null : codes.staffCode(f.practitionerId),
      status: f.status as FamilyRecord['status'],
      statusReason: f.statusReason as FamilyRecord['statusReason'],
    })),
    familySessions: families
      .filter((f) => f.sessionsHeld > 0)
      .map((f) => ({ familyReference: f.reference, outcome: 'held' as const })),
  });
}

/** Ids to codes from the snapshot's small tables; display names are never read. */
async function codesOf(snapshot: WorkbookSnapshot): Promise<LedgerCodes> {
  const la = new Map((await snapshot.localAuthorities()).map((r) => [r.id, r.code]));
  const byId = new Map<string, string>();
  const codes: LedgerCodes = {
    la,
    index: new Map(),
    staffCode: (id) => byId.get(id) ?? `unknown staff ${id}`,
  };
  for (const s of await snapshot.staff()) {
    byId.set(s.id, s.code);
    codes.index.set(s.code, {
      code: s.code,
      displayName: '',
      costRole: s.costRole as UnitCostRecord['costRole'],
      laCode: s.laId === null ? null : (la.get(s.laId) ?? null),
    });
  }
  return codes;
}
