import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { TimeImportResult } from '@attune/contract';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { TimeImportPageActions } from '../time-import.actions';
import type { TimeImportState } from '../time-import.models';
import TimeImportPage from './time-import-page';

const result = (dryRun: boolean): TimeImportResult => ({
  dryRun,
  importId: dryRun ? null : '7',
  format: 'csv',
  contentHash: 'a'.repeat(64),
  rows: 3,
  minutes: 150,
  cost: '100.00',
  byLaAndActivity: [
    { laCode: 'LA1', activity: 'case_recording', rows: 2, minutes: 90, cost: '60.00' },
    { laCode: 'programme', activity: 'meetings', rows: 1, minutes: 60, cost: '40.00' },
  ],
  gaps: [],
  warnings: [],
  warningCount: 0,
});

async function render(state: TimeImportState = { status: 'idle' }) {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideMockStore({ initialState: { timeImport: { state } } })],
  });
  const store = TestBed.inject(MockStore);
  const dispatched: unknown[] = [];
  store.scannedActions$.subscribe((a) => dispatched.push(a));
  const fixture = TestBed.createComponent(TimeImportPage);
  fixture.componentRef.setInput('programmeId', 'p1');
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const choose = async (file: File) => {
    const input = el.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  };
  const button = (text: string) =>
    [...el.querySelectorAll('button')].find((b) => b.textContent.includes(text))!;
  const setState = async (next: TimeImportState) => {
    store.setState({ timeImport: { state: next } });
    await fixture.whenStable();
  };
  return { el, dispatched, choose, button, setState };
}

describe('TimeImportPage', () => {
  it('links both templates of the programme in the address and lists the activities', async () => {
    const { el } = await render();
    const links = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/api/programmes/p1/time-entries/template.csv',
      '/api/programmes/p1/time-entries/template.xlsx',
    ]);
    expect(el.textContent).toContain('case_recording');
  });

  it('labels the file input and ties its error to it as soon as a wrong file is chosen', async () => {
    const { el, choose, dispatched, button } = await render();
    const input = el.querySelector('input[type=file]')!;
    expect(el.querySelector(`label[for="${input.id}"]`)?.textContent).toContain('File');
    await choose(new File(['x'], 'notes.txt'));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('time-file-error');
    expect(el.querySelector('#time-file-error')!.textContent).toContain('neither a .csv nor');
    button('Check').click();
    expect(dispatched.some((a) => (a as { type: string }).type.includes('File Submitted'))).toBe(
      false,
    );
  });

  it('sends a dry run first, and offers Import only once that file has passed', async () => {
    const { choose, dispatched, button, setState, el } = await render();
    const file = new File(['staff_code'], 'week.csv');
    await choose(file);
    expect(button('Import').disabled).toBe(true);
    button('Check').click();
    expect(dispatched).toContainEqual(
      TimeImportPageActions.fileSubmitted({ programmeId: 'p1', file, dryRun: true }),
    );
    await setState({ status: 'uploading', fileName: 'week.csv', dryRun: true, percent: 40 });
    expect(el.querySelector('[role=status]')!.textContent).toContain('Uploading week.csv: 40%');
    expect(el.querySelector('progress')!.getAttribute('value')).toBe('40');
    await setState({ status: 'checked', fileName: 'week.csv', result: result(true) });
    const rows = [...el.querySelectorAll('tbody tr')].map((r) =>
      [...r.querySelectorAll('td')].map((td) => td.textContent.trim()),
    );
    expect(rows).toEqual([
      ['LA1', 'case recording', '2', '90', '60.00'],
      ['Programme-wide', 'meetings', '1', '60', '40.00'],
    ]);
    expect(el.querySelector('tfoot')!.textContent).toContain('100.00');
    expect(el.querySelector('caption')!.textContent).toContain('nothing is written yet');
    expect(button('Import').disabled).toBe(false);
    button('Import').click();
    expect(dispatched).toContainEqual(
      TimeImportPageActions.fileSubmitted({ programmeId: 'p1', file, dryRun: false }),
    );
  });

  it('shows every problem of a refused file by line and column', async () => {
    const { el } = await render({
      status: 'refused',
      fileName: 'bad.xlsx',
      refusal: {
        message: 'refused',
        total: 2,
        errors: [
          { field: 'file', line: 3, column: 'B', problem: 'must be a date YYYY-MM-DD' },
          { field: 'file', line: 7, column: 'A', problem: 'there is no staff member X' },
        ],
      },
    });
    expect(el.querySelector('[role=status]')!.textContent).toContain('2 problem(s)');
    const cells = [...el.querySelectorAll('tbody tr')].map((r) =>
      [...r.querySelectorAll('td')].map((td) => td.textContent.trim()),
    );
    expect(cells).toEqual([
      ['3', 'B', 'must be a date YYYY-MM-DD'],
      ['7', 'A', 'there is no staff member X'],
    ]);
    expect([...el.querySelectorAll('th')].map((th) => th.getAttribute('scope'))).toEqual([
      'col',
      'col',
      'col',
    ]);
  });

  it('explains a duplicate refusal', async () => {
    const { el } = await render({
      status: 'duplicate',
      fileName: 'week.csv',
      message: 'This file was imported before (import 7, 3 rows, on 2022-03-01).',
    });
    expect(el.textContent).toContain('imported before');
    expect(el.textContent).toContain('cannot be loaded twice');
  });
});
