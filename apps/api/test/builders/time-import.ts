import ExcelJS from 'exceljs';
import type { DeliveryApp } from './delivery-app';
import { signIn } from './users';

export const TIME_HEADER = 'staff_code,date,activity,minutes,la_code,family_reference';
const BOUNDARY = 'attune-time-import-boundary';

/** A CSV of time_entries.csv's columns from rows of cells. */
export function timeCsv(rows: string[][], header = TIME_HEADER): Buffer {
  return Buffer.from([header, ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n', 'utf8');
}

/** An XLSX of the same (the first sheet); cells may be numbers or dates, as a spreadsheet holds them. */
export async function timeXlsx(rows: Array<Array<string | number | Date | null>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Time entries');
  sheet.addRow(TIME_HEADER.split(','));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function multipart(fileName: string, body: Buffer, field = 'file') {
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      body,
      Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
    ]),
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
  };
}

/** Posts a file to …/time-entries/import as one of these users (signed in first, so sign-ins are not counted later). */
export async function importer(app: DeliveryApp, emails: string[]) {
  const sessions = new Map<string, Record<string, string>>();
  for (const email of emails) sessions.set(email, await signIn(app.t.app, email));
  return (email: string, fileName: string, body: Buffer, query = '') => {
    const { payload, contentType } = multipart(fileName, body);
    return app.t.app.inject({
      method: 'POST',
      url: `/api/programmes/${app.fixture.programmeId}/time-entries/import${query}`,
      headers: { ...sessions.get(email), 'content-type': contentType },
      payload,
    });
  };
}
