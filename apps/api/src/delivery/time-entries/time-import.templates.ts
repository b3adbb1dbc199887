import { PACKAGE_COLUMNS, TIME_ENTRY_ACTIVITIES, type Principal } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';

const COLUMNS = PACKAGE_COLUMNS['time_entries.csv'];
/** Rows the XLSX template's activity drop-down covers: the import's limit. */
const TEMPLATE_ROWS = 100_001;

/**
 * The import's templates: the header of time_entries.csv and no example row
 * (an example left in would be imported as someone's time). The XLSX lists the
 * activities on a second sheet and offers them as a drop-down in the activity column.
 */
@Injectable()
export class TimeImportTemplates {
  constructor(private readonly programmes: ProgrammeContextService) {}

  async csv(principal: Principal, programmeId: string): Promise<string> {
    await this.programmes.load(principal, programmeId);
    return `${COLUMNS.join(',')}\r\n`;
  }

  async xlsx(principal: Principal, programmeId: string): Promise<Buffer> {
    const { programme } = await this.programmes.load(principal, programmeId);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Attune';
    const sheet = workbook.addWorksheet('Time entries');
    sheet.columns = COLUMNS.map((column) => ({
      header: column,
      key: column,
      width: column === 'family_reference' ? 20 : 16,
      // Dates as text, as the CSV has them; a typed date is read as a date too.
      style: column === 'date' ? { numFmt: '@' } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    const lists = workbook.addWorksheet('Activities');
    lists.getCell('A1').value = 'activity';
    lists.getCell('A1').font = { bold: true };
    TIME_ENTRY_ACTIVITIES.forEach((activity, i) => (lists.getCell(`A${i + 2}`).value = activity));
    lists.getCell('C1').value =
      `Dates YYYY-MM-DD from ${programme.startDate} to ${programme.deliveryEnd}; minutes 1 to 1440; la_code and family_reference may be empty.`;
    const activity = String.fromCharCode(65 + COLUMNS.indexOf('activity'));
    const last = TIME_ENTRY_ACTIVITIES.length + 1;
    // One validation for the whole column range (exceljs writes it as one sqref; its typings omit the API).
    const validations = (
      sheet as unknown as {
        dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
      }
    ).dataValidations;
    validations.add(`${activity}2:${activity}${TEMPLATE_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`Activities!$A$2:$A$${last}`],
      showErrorMessage: true,
      errorTitle: 'activity',
      error: `One of ${TIME_ENTRY_ACTIVITIES.join(', ')}`,
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
