import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Referral } from '../delivery.models';
import { ReferralForm } from './referral-form';

describe('ReferralForm', () => {
  let fixture: ComponentFixture<ReferralForm>;
  let sent: Referral[];
  const el = () => fixture.nativeElement as HTMLElement;
  const field = (name: string) =>
    el().querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`)!;
  const button = () => el().querySelector<HTMLButtonElement>('button[type="submit"]')!;

  async function type(name: string, value: string): Promise<void> {
    field(name).value = value;
    field(name).dispatchEvent(new Event('input'));
    field(name).dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    fixture = TestBed.createComponent(ReferralForm);
    fixture.componentRef.setInput('today', '2022-03-15');
    sent = [];
    fixture.componentInstance.submitted.subscribe((r) => sent.push(r));
    await fixture.whenStable();
  });

  it('says a child of 11 months is eligible and sends the referral', async () => {
    await type('childBirthMonth', '2021-04');
    expect(el().textContent).toContain('Eligible: under 12 months old at referral');
    expect(button().disabled).toBe(false);
    el().querySelector('form')!.dispatchEvent(new Event('submit'));
    expect(sent).toEqual([
      {
        referralDate: '2022-03-15',
        childBirthMonth: '2021-04',
        planAtReferral: 'CiN',
        courtProceedings: false,
        consentFilming: false,
        consentClipsUse: false,
        referralSource: null,
      },
    ]);
  });

  it('sends who referred the family when it is chosen, offering every value in words', async () => {
    await type('childBirthMonth', '2021-04');
    const source = el().querySelector<HTMLSelectElement>(
      'select[formcontrolname="referralSource"]',
    )!;
    expect([...source.options].map((o) => o.textContent?.trim())).toEqual([
      'Not recorded',
      "Children's social care",
      'Health visitor',
      'Early help',
      'The family themselves',
      'Other',
    ]);
    source.value = 'early_help';
    source.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    el().querySelector('form')!.dispatchEvent(new Event('submit'));
    expect(sent[0]?.referralSource).toBe('early_help');
  });

  it('refuses a child of 12 months with the reason, before anything is sent', async () => {
    await type('childBirthMonth', '2021-03');
    expect(el().querySelector('[data-testid="ineligible"]')?.textContent).toContain(
      'the child was 12 months old at referral',
    );
    expect(button().disabled).toBe(true);
    el().querySelector('form')!.dispatchEvent(new Event('submit'));
    expect(sent).toEqual([]);
  });

  it('offers to record an ineligible referral by its reason, sending only what eligibility is judged on', async () => {
    const recorded: unknown[] = [];
    fixture.componentInstance.ineligible.subscribe((r) => recorded.push(r));
    await type('childBirthMonth', '2021-04');
    expect(el().querySelector('[data-testid="record-ineligible"]')).toBeNull();
    await type('childBirthMonth', '2021-02');
    const record = el().querySelector<HTMLButtonElement>('[data-testid="record-ineligible"]')!;
    expect(record.textContent).toContain('Record as ineligible (child too old)');
    record.click();
    expect(recorded).toEqual([
      { referralDate: '2022-03-15', childBirthMonth: '2021-02', planAtReferral: 'CiN' },
    ]);
    expect(sent).toEqual([]);
  });

  it('refuses a child on neither plan, and warns when court proceedings are under way', async () => {
    await type('childBirthMonth', '2021-10');
    const plan = el().querySelector<HTMLSelectElement>('select[formcontrolname="planAtReferral"]')!;
    plan.value = 'none';
    plan.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(el().textContent).toContain(
      'Not eligible: the child must be on a Child in Need (CiN) or Child Protection (CP) plan',
    );
    field('courtProceedings').click();
    await fixture.whenStable();
    expect(el().textContent).toContain('Court proceedings are under way');
  });

  it('shows a problem the server found next to its field', async () => {
    fixture.componentRef.setInput('problems', [
      { field: 'referralDate', problem: '2030-01-01 is in the future' },
    ]);
    await fixture.whenStable();
    expect(el().querySelector('[role="alert"]')?.textContent).toContain(
      '2030-01-01 is in the future',
    );
    expect(field('referralDate').getAttribute('aria-invalid')).toBe('true');
  });
});
