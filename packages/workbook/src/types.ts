import type {
  CostRole,
  CostSummary,
  FamilyStatus,
  IsoDate,
  LedgerLine,
  LocalAuthorityRecord,
  NotProceededReason,
  PractitionerStatus,
  PriceIndexRecord,
  ProgrammeRecord,
  ResourceRecord,
  SubstantiveRole,
  TrialArm,
  UnitCostRecord,
  UnitCounts,
  WithdrawnReason,
} from '@attune/domain';

/** A staff member as the workbook sees them: a code and a cost role, never a name. */
export interface WorkbookStaff {
  code: string;
  costRole: CostRole;
  /** null for provider staff (programme-wide). */
  laCode: string | null;
}

/** One practitioner, pseudonymised, with the per-practitioner flags of the cost summary. */
export interface WorkbookPractitioner {
  code: string;
  laCode: string | null;
  costRole: CostRole;
  substantiveRole: SubstantiveRole;
  /** Decimal text, e.g. `0.8`. */
  fte: string;
  /** Decimal text, e.g. `7.5`. */
  vigHoursPerWeek: string;
  startDate: IsoDate;
  supervisorCode: string | null;
  status: PractitionerStatus;
  /** Counted in `perPractitioner.trained` (attended an `initial_course`). */
  trained: boolean;
  /** Counted in `perPractitioner.accredited` (a `passed` `accreditation` milestone). */
  accredited: boolean;
}

/** One family: its pseudonymous reference and counts only; no dates of birth, notes or names. */
export interface WorkbookFamily {
  reference: string;
  laCode: string;
  trialArm: TrialArm;
  status: FamilyStatus;
  /** The coded reason of a `not_proceeded` or `withdrawn` status (seed 003: why referrals did not start). */
  statusReason: NotProceededReason | WithdrawnReason | null;
  practitionerCode: string | null;
  /** Family sessions with outcome `held`. */
  sessionsHeld: number;
  /** Counted in `perFamily.allocated`. */
  allocated: boolean;
  /** Counted in `perFamily.started`. */
  started: boolean;
  /** Counted in `perFamily.completed`. */
  completed: boolean;
}

/**
 * Everything the workbook is built from. Only the fields named here are
 * written, so passing richer records (a StaffRecord with its displayName)
 * never leaks them.
 *
 * `summary` and `counts` are what the API serves (`computeCostSummary`,
 * `unitCounts`); the writer recomputes the figures from `ledger` and
 * `resources` as it streams and refuses (rejects) when they differ, so a
 * workbook never disagrees with `GET /cost-summary`.
 */
export interface WorkbookInput {
  programme: ProgrammeRecord;
  generatedAt: Date;
  /** Who asked for it, as a role or an e-mail address (never a person's name). */
  generatedBy: string;
  localAuthorities: readonly LocalAuthorityRecord[];
  staff: readonly WorkbookStaff[];
  practitioners: readonly WorkbookPractitioner[];
  families: readonly WorkbookFamily[];
  unitCosts: readonly UnitCostRecord[];
  priceIndex: readonly PriceIndexRecord[];
  resources: readonly ResourceRecord[];
  /** Read once, in order; may be a database cursor, yielding lines one by one or in arrays (batches). */
  ledger: AsyncIterable<LedgerLine | readonly LedgerLine[]> | Iterable<LedgerLine>;
  /** How many lines `ledger` yields; used for progress only. */
  ledgerLineCount: number;
  summary: CostSummary;
  counts: UnitCounts;
}

export interface WriteWorkbookOptions {
  /**
   * Data rows per sheet before a data sheet continues on the next numbered
   * sheet (StaffTime, StaffTime2, ...). Default and maximum 1,048,575: Excel's
   * 1,048,576 rows less the header row.
   */
  maxRowsPerSheet?: number;
  /** Called every few thousand ledger lines and once at the end with done === total. */
  onProgress?: (done: number, total: number) => void;
}
