import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

/**
 * The two parts of exceljs this package runs, each loaded from its own file. exceljs's index loads
 * the whole library (the workbook model, the readers, CSV, unzipper, jszip): about 11 MB resident
 * more than the streaming writer needs, which `attune workbook` counts against its memory budget.
 * They are the very objects the index exports (bounded-writer.spec.ts checks); the types are the
 * index's.
 */
const load = createRequire(import.meta.url);

export const WorkbookWriter = load(
  'exceljs/lib/stream/xlsx/workbook-writer.js',
) as typeof ExcelJS.stream.xlsx.WorkbookWriter;

export const ValueType = (
  load('exceljs/lib/doc/enums.js') as { ValueType: typeof ExcelJS.ValueType }
).ValueType;
