import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { PROGRAMMES } from '../programme.fixture';
import { ProgrammeChooser } from './programme-chooser';

async function render(selectedId: string | null, programmes = PROGRAMMES) {
  const fixture = TestBed.createComponent(ProgrammeChooser);
  fixture.componentRef.setInput('programmes', programmes);
  fixture.componentRef.setInput('selectedId', selectedId);
  const chosen: string[] = [];
  fixture.componentInstance.chosen.subscribe((id) => chosen.push(id));
  await fixture.whenStable();
  return { el: fixture.nativeElement as HTMLElement, chosen };
}

describe('ProgrammeChooser', () => {
  it('tells same-named programmes apart by dates and import date', async () => {
    const { el } = await render('p2');
    const options = [...el.querySelectorAll('option')].map((o) => o.textContent.trim());
    expect(options).toEqual([
      'VIG Babies1st: 1 Sep 2021 to 30 Jun 2022, imported 1 Dec 2026, 09:15:00',
      'VIG Babies1st: 1 Sep 2021 to 30 Jun 2022, imported 6 Dec 2026, 20:35:12',
    ]);
    expect(el.querySelector('select')!.value).toBe('p2');
    expect(el.querySelector('[data-testid="programme-current"]')!.textContent).toContain(
      'imported 6 Dec 2026, 20:35:12',
    );
  });

  it('tells apart programmes imported in the same second by the start of their id', async () => {
    const twin = { ...PROGRAMMES[1]!, id: 'a1b2c3d4-0000-4000-8000-000000000002' };
    const { el } = await render(null, [PROGRAMMES[0]!, PROGRAMMES[1]!, twin]);
    const options = [...el.querySelectorAll('option:not([disabled])')].map((o) =>
      o.textContent.trim(),
    );
    expect(options).toEqual([
      'VIG Babies1st: 1 Sep 2021 to 30 Jun 2022, imported 1 Dec 2026, 09:15:00',
      `VIG Babies1st: 1 Sep 2021 to 30 Jun 2022, imported 6 Dec 2026, 20:35:12, ref ${PROGRAMMES[1]!.id.slice(0, 8)}`,
      'VIG Babies1st: 1 Sep 2021 to 30 Jun 2022, imported 6 Dec 2026, 20:35:12, ref a1b2c3d4',
    ]);
  });

  it('says which programme is chosen, with no choice to make when there is one', async () => {
    const { el } = await render('p1', [PROGRAMMES[0]!]);
    expect(el.querySelector('select')).toBeNull();
    expect(el.querySelector('[data-testid="programme-current"]')!.textContent).toMatch(
      /VIG Babies1st:\s+1 Sep 2021 to 30 Jun 2022, imported 1 Dec 2026, 09:15:00/,
    );
  });

  it('asks with nothing chosen, and tells the container the choice', async () => {
    const { el, chosen } = await render(null);
    const select = el.querySelector('select')!;
    expect(select.value).toBe('');
    select.value = 'p2';
    select.dispatchEvent(new Event('change'));
    expect(chosen).toEqual(['p2']);
  });
});
