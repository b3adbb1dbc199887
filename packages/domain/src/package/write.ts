import type { ProgrammeData } from '../model/records.js';
import { PACKAGE_FILES, PACKAGE_KEYS, type PackageFile, type PackageRecords } from './files.js';
import { PACKAGE_COLUMNS } from './columns.js';
import { serializeRecord } from './rows.js';

/** One line of CSV (RFC 4180), with its line break: cells quoted only when they must be. */
export function csvLine(cells: readonly string[]): string {
  return (
    cells
      .map((cell) => (/[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
      .join(',') + '\n'
  );
}

/** The header line of a file. */
export function csvHeader(file: PackageFile): string {
  return csvLine(PACKAGE_COLUMNS[file]);
}

/** One record as its CSV line. */
export function csvRecord<F extends PackageFile>(file: F, record: PackageRecords[F]): string {
  return csvLine(serializeRecord(file, record));
}

/** The records of a programme for one file, in order. */
export function recordsOf<F extends PackageFile>(
  data: ProgrammeData,
  file: F,
): ReadonlyArray<PackageRecords[F]> {
  const value = data[PACKAGE_KEYS[file]];
  // An optional file a programme built in code leaves out has no records.
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as unknown as ReadonlyArray<PackageRecords[F]>;
}

/** A whole programme as the text of each package file (for small programmes: the demo, tests). */
export function programmeToCsvFiles(data: ProgrammeData): Record<PackageFile, string> {
  const out = {} as Record<PackageFile, string>;
  for (const file of PACKAGE_FILES) {
    out[file] =
      csvHeader(file) +
      recordsOf(data, file)
        .map((r) => csvRecord(file, r))
        .join('');
  }
  return out;
}
