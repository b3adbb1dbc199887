import type { Stream } from 'node:stream';
import { isDeepStrictEqual } from 'node:util';
import {
  CostAccumulator,
  CostingError,
  costingErrorOf,
  oneWaySensitivityExact,
  resourceProblems,
  toCostSummary,
  type CostSummary,
} from '@attune/domain';
import { BoundedWorkbookWriter } from './bounded-writer.js';
import { MAX_DATA_ROWS } from './layout.js';
import { writeDataDictionary } from './sheets/dictionary.js';
import { writeAssumptions, writeCover, writePriceIndex, writeUnitCosts } from './sheets/inputs.js';
import { writeFamilies, writePractitioners, writeResources } from './sheets/records.js';
import { writeStaffTime } from './sheets/staff-time.js';
import { writeSensitivity } from './sheets/sensitivity.js';
import { writeSummary } from './sheets/summary.js';
import type { WrittenSheets } from './table.js';
import type { WorkbookInput, WriteWorkbookOptions } from './types.js';

/** The input cannot make a workbook that agrees with itself; the message says what and where. */
export class WorkbookInputError extends Error {
  override readonly name = 'WorkbookInputError';
}

/**
 * Streams the cost-evaluation workbook (DESIGN.md, "The cost-evaluation
 * workbook") into `output` and ends it. Memory stays bounded whatever the
 * ledger's length: rows are written as the ledger yields them and no faster
 * than `output` takes the zip.
 *
 * Rejects with a WorkbookInputError (bad options, flags that disagree with
 * `counts`, a ledger that disagrees with `summary`) or the domain's
 * CostingError (no covering unit cost, a missing price index). Problems found
 * before streaming starts leave `output` untouched; later ones destroy
 * `output` with the error, so a truncated workbook never looks complete (write
 * files under a temporary name and rename on success).
 */
export async function writeWorkbook(
  input: WorkbookInput,
  output: NodeJS.WritableStream,
  options: WriteWorkbookOptions = {},
): Promise<void> {
  const maxRows = options.maxRowsPerSheet ?? MAX_DATA_ROWS;
  if (!Number.isSafeInteger(maxRows) || maxRows < 1 || maxRows > MAX_DATA_ROWS) {
    throw new WorkbookInputError(
      `maxRowsPerSheet must be a whole number from 1 to ${MAX_DATA_ROWS} (got ${maxRows})`,
    );
  }
  checkCounts(input);
  // A summary with gaps leaves lines out: a workbook of it would be wrong, so nothing is written.
  if (!input.summary.complete) {
    const roles = [...new Set(input.summary.gaps.map((g) => g.costRole))].join(', ');
    throw new CostingError(`some ledger lines have no unit cost (${roles})`);
  }
  // Both refuse unusable unit costs, indices or resources before a byte is written.
  const acc = new CostAccumulator({
    programme: input.programme,
    unitCosts: input.unitCosts,
    priceIndex: input.priceIndex,
    localAuthorityCodes: input.localAuthorities.map((la) => la.code),
  });
  const problems = resourceProblems(input.resources, input.priceIndex);
  if (problems.length > 0) throw costingErrorOf(problems);

  // exceljs reads created/creator/… from the options too; its types omit them.
  const properties = {
    created: input.generatedAt,
    modified: input.generatedAt,
    creator: 'Attune',
    lastModifiedBy: 'Attune',
  };
  const wb = new BoundedWorkbookWriter({
    stream: output as unknown as Stream,
    useStyles: true,
    useSharedStrings: false,
    ...properties,
  });
  try {
    const written: WrittenSheets[] = [];
    written.push(await writeCover(wb, input));
    written.push(await writeAssumptions(wb, input));
    written.push(await writeUnitCosts(wb, input, acc.rates));
    written.push(await writePriceIndex(wb, input));
    const staffTime = await writeStaffTime(wb, input.ledger, acc, maxRows, {
      total: input.ledgerLineCount,
      onProgress: options.onProgress,
    });
    const resources = await writeResources(
      wb,
      input.resources,
      acc,
      input.programme.discountRate,
      maxRows,
    );
    const families = await writeFamilies(wb, input.families, maxRows);
    const practitioners = await writePractitioners(wb, input.practitioners, maxRows);
    written.push(staffTime, resources, families, practitioners);

    acc.setCounts(input.counts);
    const breakdown = acc.breakdown();
    checkSummary(toCostSummary(breakdown), input.summary);
    const summary = await writeSummary(wb, breakdown, {
      staffTime: staffTime.names,
      resources: resources.names,
      families: families.names,
      practitioners: practitioners.names,
    });
    written.push(summary);
    written.push(
      await writeSensitivity(wb, breakdown, summary, {
        items: oneWaySensitivityExact(acc.oneWayInputs()).items,
        staffTime: staffTime.names,
        resources: resources.names,
      }),
    );
    await writeDataDictionary(wb, written);
    await wb.commit();
  } catch (error) {
    abort(wb, output, error);
    throw error;
  }
}

function abort(wb: BoundedWorkbookWriter, output: NodeJS.WritableStream, error: unknown): void {
  (wb as unknown as { zip: { abort(): void } }).zip.abort();
  const destroy = (output as { destroy?: (e?: Error) => void }).destroy;
  destroy?.call(output, error instanceof Error ? error : new Error(String(error)));
}

/** The per-row flags must add up to the counts the cost summary divides by. */
function checkCounts(input: WorkbookInput): void {
  const sums = {
    allocated: input.families.filter((f) => f.allocated).length,
    started: input.families.filter((f) => f.started).length,
    completed: input.families.filter((f) => f.completed).length,
    trained: input.practitioners.filter((p) => p.trained).length,
    accredited: input.practitioners.filter((p) => p.accredited).length,
  };
  for (const [name, sum] of Object.entries(sums)) {
    const expected = input.counts[name as keyof typeof sums];
    if (sum !== expected) {
      const sheet = name === 'trained' || name === 'accredited' ? 'practitioners' : 'families';
      throw new WorkbookInputError(
        `${sum} ${sheet} are flagged ${name} but counts.${name} is ${expected}`,
      );
    }
  }
}

/**
 * Refuses a summary that is not the one the ledger and resources add up to. `notStarted` is left
 * out: it needs each line's family, which the workbook's ledger stream does not carry to the check.
 */
function checkSummary(computed: CostSummary, given: CostSummary): void {
  const { notStarted: _computed, ...figures } = computed;
  const { notStarted: _given, ...expected } = given;
  const path = firstDifference(figures, expected, 'summary');
  if (path !== null) {
    throw new WorkbookInputError(
      `the ledger and resources add up to a different cost summary than the one given (first difference at ${path}); ` +
        'pass the summary computed from the same data',
    );
  }
}

/** The first field of `computed` that `given` differs on; fields only `given` has are ignored. */
function firstDifference(computed: unknown, given: unknown, path: string): string | null {
  if (isDeepStrictEqual(computed, given)) return null;
  if (
    typeof computed !== 'object' ||
    typeof given !== 'object' ||
    computed === null ||
    given === null
  ) {
    return `${path} (${JSON.stringify(computed)} computed, ${JSON.stringify(given)} given)`;
  }
  if (Array.isArray(computed) && (!Array.isArray(given) || given.length !== computed.length)) {
    return `${path} (${computed.length} rows computed, ${Array.isArray(given) ? given.length : 'none'} given)`;
  }
  for (const key of Object.keys(computed)) {
    const c = (computed as Record<string, unknown>)[key];
    const found = firstDifference(c, (given as Record<string, unknown>)[key], `${path}.${key}`);
    if (found !== null) return found;
  }
  return null;
}
