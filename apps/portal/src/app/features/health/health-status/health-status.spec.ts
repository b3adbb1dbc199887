import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { HealthStatus } from './health-status';

async function render(inputs: Record<string, unknown>): Promise<HTMLElement> {
  const fixture = TestBed.createComponent(HealthStatus);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const text = (el: HTMLElement, testId: string) =>
  el.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('HealthStatus', () => {
  it('states each part in words, not colour alone', async () => {
    const el = await render({
      api: 'up',
      database: 'up',
      report: { status: 'ok', database: { status: 'up', latencyMs: 2.25 }, uptimeSeconds: 1 },
    });
    expect(text(el, 'api-status')).toBe('✓ Up');
    expect(text(el, 'database-status')).toBe('✓ Up (answered in 2.3 ms)');
    expect(el.querySelector('.mark')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('says the database is down, and why the API could not be asked', async () => {
    const el = await render({
      api: 'down',
      database: 'unknown',
      error: 'Attune cannot be reached.',
    });
    expect(text(el, 'api-status')).toBe('✗ Down');
    expect(text(el, 'database-status')).toBe('? Unknown');
    expect(el.textContent).toContain('Attune cannot be reached.');
  });

  it('announces changes politely', async () => {
    const el = await render({ api: 'unknown', database: 'unknown', loading: true });
    expect(el.querySelector('[aria-live="polite"]')?.textContent).toContain('Checking…');
  });
});
