export { writeWorkbook, WorkbookInputError } from './write-workbook.js';
export { workbookInputFromProgramme } from './from-programme.js';
export type {
  WorkbookInput,
  WorkbookStaff,
  WorkbookPractitioner,
  WorkbookFamily,
  WriteWorkbookOptions,
} from './types.js';
export {
  SHEETS,
  NAMES,
  MAX_DATA_ROWS,
  type SheetSpec,
  type ColumnSpec,
  type ColumnKind,
} from './layout.js';
export { BoundedWorkbookWriter, drained } from './bounded-writer.js';
