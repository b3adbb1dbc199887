import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { PricePreview } from '../prices.models';
import { PreviewLine } from './preview-line';

async function render(preview: PricePreview | null, previewing = false) {
  const fixture = TestBed.createComponent(PreviewLine);
  fixture.componentRef.setInput('preview', preview);
  fixture.componentRef.setInput('previewing', previewing);
  await fixture.whenStable();
  const line = (fixture.nativeElement as HTMLElement).querySelector(
    '[data-testid="preview-line"]',
  )!;
  return line;
}

describe('PreviewLine', () => {
  it('says how the change moves the total, in UK money format, politely announced', async () => {
    const line = await render({ before: '1234567.50', after: '1234600.25', problem: null });
    expect(line.textContent?.trim()).toBe(
      'This change moves the total from £1,234,567.50 to £1,234,600.25 (+£32.75).',
    );
    expect(line.getAttribute('role')).toBe('status');
    expect(line.getAttribute('aria-live')).toBe('polite');
  });

  it('says a fall and no change as such', async () => {
    expect(
      (await render({ before: '100.00', after: '90.25', problem: null })).textContent,
    ).toContain('from £100.00 to £90.25 (−£9.75).');
    expect((await render({ before: '5.00', after: '5.00', problem: null })).textContent).toContain(
      '(no change).',
    );
  });

  it('says why the total cannot be worked out, and when it is being worked out', async () => {
    const problem = 'The costs cannot be worked out: the price index has no 2019';
    expect((await render({ before: '5.00', after: null, problem })).textContent?.trim()).toBe(
      problem,
    );
    expect((await render(null, true)).textContent?.trim()).toBe(
      'Working out what this change costs…',
    );
    expect((await render(null)).textContent?.trim()).toBe('');
  });
});
