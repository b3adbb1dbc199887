import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { ImportRefusal } from '../programmes.models';
import { ImportRefusalTable } from './import-refusal';

async function render(refusal: ImportRefusal): Promise<HTMLElement> {
  const fixture = TestBed.createComponent(ImportRefusalTable);
  fixture.componentRef.setInput('refusal', refusal);
  fixture.componentRef.setInput('fileName', 'bad.zip');
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();

describe('ImportRefusalTable', () => {
  it('lists each problem as file, line, column and problem under column headers', async () => {
    const el = await render({
      message: 'refused',
      total: 2,
      errors: [
        {
          file: 'families.csv',
          line: 3,
          column: 'trial_arm',
          problem: 'must be one of intervention, control, not_randomised',
        },
        { file: 'resources.csv', line: 0, column: '', problem: 'the file is missing' },
      ],
    });
    expect([...el.querySelectorAll('thead th')].map(text)).toEqual([
      'File',
      'Line',
      'Column',
      'Problem',
    ]);
    expect(
      [...el.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col'),
    ).toBe(true);
    const rows = [...el.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text));
    expect(rows).toEqual([
      ['families.csv', '3', 'trial_arm', 'must be one of intervention, control, not_randomised'],
      ['resources.csv', '—whole file', '—whole row or file', 'the file is missing'],
    ]);
    expect(text(el.querySelector('caption'))).toBe('Problems in bad.zip');
    expect(text(el.querySelector('.count'))).toBe('2 problems were found.');
  });

  it('says when the list is capped, with the total', async () => {
    const el = await render({
      message: 'refused',
      total: 1234,
      errors: [{ file: 'families.csv', line: 2, column: 'plan_at_referral', problem: 'bad' }],
    });
    expect(text(el.querySelector('caption'))).toBe('Problems in bad.zip (first 1 of 1234)');
    expect(text(el.querySelector('.count'))).toContain(
      '1234 problems were found. The table lists the first 1;',
    );
  });
});
