import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { PREVIEW_DELAY_MS } from '../unit-cost-form/unit-cost-form';
import { ResourceInput } from '../prices.models';
import { ResourceForm } from './resource-form';

async function render() {
  const fixture = TestBed.createComponent(ResourceForm);
  // Today is before the delivery end: the window ends today.
  fixture.componentRef.setInput('dates', {
    startDate: '2021-06-01',
    deliveryEnd: '2022-06-30',
    today: '2022-03-31',
  });
  const changes: (ResourceInput | null)[] = [];
  fixture.componentInstance.changed.subscribe((c) => changes.push(c));
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const field = <T extends HTMLElement = HTMLInputElement>(id: string) =>
    el.querySelector<T>(`#rs-${id}`)!;
  const type = async (input: HTMLInputElement | HTMLSelectElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    await fixture.whenStable();
  };
  return { fixture, el, field, type, changes };
}

describe('ResourceForm', () => {
  it('lets a resource predate the start by a year, and not pass today', async () => {
    const { el, field, type } = await render();
    expect(field('date').getAttribute('min')).toBe('2020-06-01');
    expect(field('date').getAttribute('max')).toBe('2022-03-31');
    await type(field('date'), '2020-05-31');
    expect(el.querySelector('#rs-date-error')?.textContent?.trim()).toBe(
      "The date 2020-05-31 is outside the window for resources: from 2020-06-01 (a year before the programme's start 2021-06-01) to today 2022-03-31.",
    );
    expect(field('date').getAttribute('aria-describedby')).toBe('rs-date-error');
    await type(field('date'), '2020-06-01');
    expect(el.querySelector('#rs-date-error')).toBeNull();
  });

  it('sends money and quantities as exact text, and prices only a valid resource', async () => {
    const { field, type, changes, el } = await render();
    await type(field('description'), 'Video camera');
    await type(field<HTMLSelectElement>('category'), 'equipment');
    await type(field('quantity'), '2.125');
    await type(field('unitCost'), '450.1');
    await type(field('priceYear'), '2021');
    await type(field('usefulLifeYears'), '5');
    await type(field<HTMLSelectElement>('costType'), 'setup');
    await type(field('date'), '2021-05-10');
    await new Promise((resolve) => setTimeout(resolve, PREVIEW_DELAY_MS + 50));
    expect(changes.at(-1)).toEqual({
      description: 'Video camera',
      category: 'equipment',
      laCode: null,
      costType: 'setup',
      quantity: '2.125',
      unitCost: '450.10',
      priceYear: 2021,
      usefulLifeYears: 5,
      bearer: 'provider',
      date: '2021-05-10',
    });
    await type(field('unitCost'), '450.101');
    expect(el.querySelector('#rs-unitCost-error')?.textContent).toContain('at most two decimals');
    await new Promise((resolve) => setTimeout(resolve, PREVIEW_DELAY_MS + 50));
    expect(changes.at(-1)).toBeNull();
  });

  it("shows the server's problem at its field", async () => {
    const { fixture, el, field } = await render();
    fixture.componentRef.setInput('problems', [
      {
        field: 'priceYear',
        problem: 'the price index has no 2019: add it to the price index first',
      },
    ]);
    await fixture.whenStable();
    expect(el.querySelector('#rs-priceYear-error')?.textContent?.trim()).toBe(
      'the price index has no 2019: add it to the price index first',
    );
    expect(field('priceYear').getAttribute('aria-describedby')).toBe('rs-priceYear-error');
  });
});
