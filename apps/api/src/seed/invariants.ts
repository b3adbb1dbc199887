import {
  deriveLedger,
  IMPORT_ORDER,
  PACKAGE_COLUMNS,
  recordsOf,
  serializeRecord,
  validatePackageRows,
  type IsoDate,
  type ProgrammeData,
} from '@attune/domain';

/**
 * Checks on generated data that reuse the product's own rules, so the seeds
 * are held to exactly what an import of their package would accept.
 */

/** A person-minute record of the staff-time ledger: whose minutes, on which day. */
export interface PersonMinutes {
  staffCode: string;
  date: IsoDate;
  minutes: number;
}

/** Every ledger line the records yield, as the domain's cost engine derives them. */
export function* ledgerPersonMinutes(data: ProgrammeData): Generator<PersonMinutes> {
  for (const line of deriveLedger(data)) {
    yield { staffCode: line.staffCode, date: line.date, minutes: line.minutes };
  }
}

/** What the importer would refuse in this programme's package, as `file:line column: problem`; [] when valid. */
export function packageProblems(data: ProgrammeData): string[] {
  const files = Object.fromEntries(
    IMPORT_ORDER.map((file) => {
      const header = PACKAGE_COLUMNS[file];
      const rows = recordsOf(data, file).map((record) => {
        const cells = serializeRecord(file, record);
        return Object.fromEntries(header.map((column, i) => [column, cells[i] ?? '']));
      });
      return [file, { header, rows }];
    }),
  );
  return validatePackageRows(files, Number.MAX_SAFE_INTEGER).problems.map(
    (p) => `${p.file}:${p.line} ${p.column}: ${p.problem}`,
  );
}
