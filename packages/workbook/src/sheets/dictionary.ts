import type { BoundedWorkbookWriter } from '../bounded-writer.js';
import { DATA_DICTIONARY, letter, type SheetSpec } from '../layout.js';
import { SheetSeries, type WrittenSheets } from '../table.js';

/** Every column of every sheet written (continuation sheets included), and of this sheet itself. */
export async function writeDataDictionary(
  wb: BoundedWorkbookWriter,
  written: readonly WrittenSheets[],
): Promise<WrittenSheets> {
  const s = new SheetSeries(wb, DATA_DICTIONARY);
  const sheets: Array<[string, SheetSpec]> = written.flatMap((w) =>
    w.names.map((name): [string, SheetSpec] => [name, w.spec]),
  );
  sheets.push([DATA_DICTIONARY.name, DATA_DICTIONARY]);
  for (const [name, spec] of sheets) {
    for (const [i, c] of spec.columns.entries()) {
      await s.add(() => [name, letter(i + 1), c.header, c.kind, c.unit, c.meaning]);
    }
  }
  return s.finish();
}
