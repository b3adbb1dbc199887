import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ImportState } from '../programmes.models';
import { ImportStatus } from './import-status';

describe('ImportStatus', () => {
  let fixture: ComponentFixture<ImportStatus>;
  const el = () => fixture.nativeElement as HTMLElement;
  const status = () => el().querySelector('[role=status]')?.textContent?.trim();

  async function show(state: ImportState): Promise<void> {
    fixture.componentRef.setInput('state', state);
    await fixture.whenStable();
  }

  beforeEach(() => {
    fixture = TestBed.createComponent(ImportStatus);
  });

  it('shows the upload as a percentage, then an indeterminate bar while the server checks', async () => {
    await show({ status: 'uploading', fileName: 'demo.zip', percent: 40 });
    expect(status()).toBe('Uploading demo.zip: 40%.');
    const bar = el().querySelector('mat-progress-bar')!;
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    await show({ status: 'validating', fileName: 'demo.zip' });
    expect(status()).toBe('Checking demo.zip. Nothing is saved until every row has been checked.');
    expect(el().querySelector('mat-progress-bar')!.getAttribute('mode')).toBe('indeterminate');
  });

  it('lists the rows imported from each file, with the total', async () => {
    await show({
      status: 'imported',
      fileName: 'demo.zip',
      result: { programmeId: 'p', counts: { 'programme.csv': 1, 'families.csv': 1200 } },
    });
    expect(status()).toBe('Imported demo.zip as a new programme.');
    const rows = [...el().querySelectorAll('tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['File', 'Rows'],
      ['programme.csv', '1'],
      ['families.csv', '1,200'],
      ['All files', '1,201'],
    ]);
  });

  it('says plainly that nothing was imported when the package is refused', async () => {
    await show({
      status: 'refused',
      fileName: 'bad.zip',
      refusal: {
        message: '',
        total: 1,
        errors: [{ file: 'staff.csv', line: 2, column: 'cost_role', problem: 'unknown' }],
      },
    });
    expect(status()).toBe('The package bad.zip was refused and nothing was imported.');
    expect(el().querySelector('att-import-refusal tbody tr')).not.toBeNull();
  });
});
