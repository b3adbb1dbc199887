import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { ProgrammeView, UpdateProgrammeRequest } from '@attune/contract';
import { provideUkDates } from '../../../core/forms/uk-date-adapter';
import { SETTINGS_FIELDS, SettingsForm } from './settings-form';

const programme: ProgrammeView = {
  id: 'p1',
  name: 'VIG evaluation',
  funder: 'WWCSC',
  provider: 'Babies1st',
  startDate: '2021-04-01',
  intakeStart: '2021-05-01',
  intakeEnd: '2022-01-31',
  deliveryEnd: '2022-06-30',
  reportDue: null,
  priceYear: 2021,
  discountRate: '0.035',
  minFamiliesPerPractitioner: 6,
  minSessionsPerFamily: 8,
  cyclesPerFamily: 3,
  targetPractitionerCount: 21,
  sensitivityLow: '0.8',
  sensitivityHigh: '1.2',
  ruleSet: 'aviguk_18_cycle',
  localAuthorities: ['LA1'],
  importedAt: '2026-01-01T00:00:00.000Z',
  version: 5,
};

describe('SettingsForm', () => {
  let fixture: ComponentFixture<SettingsForm>;
  let sent: UpdateProgrammeRequest[];
  const el = () => fixture.nativeElement as HTMLElement;
  const type = async (name: string, value: string) => {
    const input = el().querySelector<HTMLInputElement>(`[data-field="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const errorOf = (name: string) => el().querySelector(`#settings-${name}-error`)?.textContent;
  const submit = async () => {
    el().querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: provideUkDates() });
    fixture = TestBed.createComponent(SettingsForm);
    fixture.componentRef.setInput('programme', programme);
    sent = [];
    fixture.componentInstance.submitted.subscribe((c) => sent.push(c));
    await fixture.whenStable();
  });

  it('has a field for every setting PATCH /api/programmes/:id takes', () => {
    const keys: Array<keyof UpdateProgrammeRequest> = [
      'name',
      'funder',
      'provider',
      'startDate',
      'intakeStart',
      'intakeEnd',
      'deliveryEnd',
      'reportDue',
      'minFamiliesPerPractitioner',
      'minSessionsPerFamily',
      'cyclesPerFamily',
      'targetPractitionerCount',
      'priceYear',
      'discountRate',
      'sensitivityLow',
      'sensitivityHigh',
      'ruleSet',
    ];
    expect(SETTINGS_FIELDS.map((f) => f.key).sort()).toEqual([...keys].sort());
    expect(el().querySelectorAll('input, select').length).toBe(keys.length);
  });

  it("offers the programme's rule sets by name and code, and sends the code chosen", async () => {
    fixture.componentRef.setInput('ruleSets', [
      { code: 'aviguk_18_cycle', name: 'AVIGuk 18 cycles' },
      { code: 'mine', name: 'Our route' },
    ]);
    await fixture.whenStable();
    const select = el().querySelector<HTMLSelectElement>('select[data-field="ruleSet"]')!;
    expect([...select.options].map((o) => o.textContent.trim())).toEqual([
      'AVIGuk 18 cycles (aviguk_18_cycle)',
      'Our route (mine)',
    ]);
    expect(select.value).toBe('aviguk_18_cycle');
    select.value = 'mine';
    select.dispatchEvent(new Event('change'));
    await submit();
    expect(sent).toEqual([{ version: 5, ruleSet: 'mine' }]);
  });

  it('still offers the rule set in force when the list could not be read', () => {
    const select = el().querySelector<HTMLSelectElement>('select[data-field="ruleSet"]')!;
    expect([...select.options].map((o) => o.value)).toEqual(['aviguk_18_cycle']);
    expect(select.value).toBe('aviguk_18_cycle');
  });

  it('shows the format hints under their fields, tied to them, before anything is wrong', () => {
    const hint = el().querySelector('#settings-discountRate-hint')!;
    expect(hint.textContent.trim()).toBe('A fraction below 1, e.g. 0.035');
    expect(
      el().querySelector('[data-field="discountRate"]')!.getAttribute('aria-describedby'),
    ).toBe('settings-discountRate-hint');
    expect(el().querySelector('#settings-priceYear-hint')!.textContent.trim()).toBe('e.g. 2021');
  });

  it('shows and reads the dates as UK dates (DD/MM/YYYY) in a datepicker, and sends ISO days', async () => {
    const field = (name: string) => el().querySelector<HTMLInputElement>(`[data-field="${name}"]`)!;
    expect(field('startDate').value).toBe('01/04/2021');
    expect(field('deliveryEnd').value).toBe('30/06/2022');
    expect(field('startDate').type).toBe('text'); // not the browser's own mm/dd/yyyy field
    expect(
      el().querySelector('button[aria-label="Choose the delivery end from a calendar"]'),
    ).not.toBeNull();
    await type('deliveryEnd', '31/07/2022');
    await submit();
    expect(sent).toEqual([{ version: 5, deliveryEnd: '2022-07-31' }]);
  });

  it('names a typed date that is no day at its field, and sends nothing', async () => {
    await type('reportDue', '31/02/2023');
    expect(errorOf('reportDue')).toBe(
      'Report due must be a day written as DD/MM/YYYY, for example 03/04/2022.',
    );
    expect(el().querySelector('[data-field="reportDue"]')!.getAttribute('aria-describedby')).toBe(
      'settings-reportDue-error',
    );
    await submit();
    expect(sent).toEqual([]);
  });

  it("checks the factors by the domain's rule as you type, tied to the field", async () => {
    await type('sensitivityLow', '1.1');
    expect(errorOf('sensitivityLow')).toContain('above 0 and below 1');
    const input = el().querySelector('[data-field="sensitivityLow"]')!;
    expect(input.getAttribute('aria-describedby')).toBe(
      'settings-sensitivityLow-hint settings-sensitivityLow-error',
    );
    await submit();
    expect(sent).toEqual([]);
    await type('sensitivityLow', '0.75');
    expect(errorOf('sensitivityLow')).toBeUndefined();
  });

  it('sends only what changed, typed, with the version read', async () => {
    await type('minFamiliesPerPractitioner', '5');
    await type('reportDue', '2023-02-28');
    await type('targetPractitionerCount', '');
    await submit();
    expect(sent).toEqual([
      {
        version: 5,
        reportDue: '2023-02-28',
        minFamiliesPerPractitioner: 5,
        targetPractitionerCount: null,
      },
    ]);
  });

  it("shows the server's problem at its field", async () => {
    fixture.componentRef.setInput('problems', [
      { field: 'deliveryEnd', problem: '3 records are dated after 2022-05-31' },
    ]);
    await fixture.whenStable();
    expect(errorOf('deliveryEnd')).toContain('3 records are dated after');
  });
});
