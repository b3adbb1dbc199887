import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProgrammeData } from '@attune/domain';
import { workbookInputFromProgramme } from '../src/from-programme.js';
import type { WorkbookInput, WriteWorkbookOptions } from '../src/types.js';
import { writeWorkbook } from '../src/write-workbook.js';

export const GENERATED = {
  generatedAt: new Date('2024-05-01T10:30:00Z'),
  generatedBy: 'economist@example.org',
};

export function inputOf(data: ProgrammeData): WorkbookInput {
  return workbookInputFromProgramme(data, GENERATED);
}

/** Writes the workbook into a new temporary folder; `cleanup` removes it. */
export async function writeToTemp(
  input: WorkbookInput,
  options: WriteWorkbookOptions = {},
): Promise<{ file: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'attune-workbook-'));
  const file = join(dir, 'workbook.xlsx');
  const out = createWriteStream(file);
  const closed = once(out, 'close');
  await writeWorkbook(input, out, options);
  await closed;
  return { file, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
