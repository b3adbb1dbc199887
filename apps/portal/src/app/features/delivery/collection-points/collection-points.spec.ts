import { describe, it, expect } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { CollectionChanges, FamilyDetail } from '../delivery.models';
import { referredFamily } from '../family-page/family.fixture';
import { CollectionPoints } from './collection-points';

describe('CollectionPoints', () => {
  let fixture: ComponentFixture<CollectionPoints>;
  let sent: CollectionChanges[];
  const el = () => fixture.nativeElement as HTMLElement;
  const q = <T extends Element>(selector: string) => el().querySelector<T>(selector)!;

  async function render(family: FamilyDetail): Promise<void> {
    fixture = TestBed.createComponent(CollectionPoints);
    fixture.componentRef.setInput('family', family);
    fixture.componentRef.setInput('canManage', true);
    fixture.componentRef.setInput('today', '2022-03-15');
    sent = [];
    fixture.componentInstance.submitted.subscribe((c) => sent.push(c));
    await fixture.whenStable();
  }

  async function type(selector: string, value: string): Promise<void> {
    const input = q<HTMLInputElement>(selector);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  it('checks the baseline date as it is typed, with the problem tied to the field', async () => {
    await render(referredFamily({ baselineCompletedOn: null }));
    await type('input[name="baselineCompletedOn"]', '2022-02-27');
    const input = q<HTMLInputElement>('input[name="baselineCompletedOn"]');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(q(`#${input.getAttribute('aria-describedby')}`).textContent).toContain(
      'before the referral (1 Mar 2022)',
    );
    expect(q<HTMLButtonElement>('[data-testid="save-baseline"]').disabled).toBe(true);
    await type('input[name="baselineCompletedOn"]', '2022-03-04');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    q<HTMLFormElement>('form[aria-labelledby="baseline-heading"]').dispatchEvent(
      new Event('submit'),
    );
    expect(sent).toEqual([{ baselineCompletedOn: '2022-03-04' }]);
  });

  it('records the follow-up of a randomised family, with its due date shown', async () => {
    await render(
      referredFamily({
        status: 'randomised',
        trialArm: 'control',
        randomisationDate: '2022-03-03',
        followUp4mDueOn: '2022-07-03',
        outcome6mDueOn: '2022-09-03',
      }),
    );
    expect(el().textContent).toContain('Four-month follow-up (due 3 Jul 2022)');
    const select = q<HTMLSelectElement>('select[name="followUp4mStatus"]');
    select.value = 'missed';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    q<HTMLFormElement>('form[aria-labelledby="follow-up-heading"]').dispatchEvent(
      new Event('submit'),
    );
    expect(sent).toEqual([{ followUp4mStatus: 'missed', followUp4mOn: '2022-03-15' }]);
  });

  it('has no follow-up before randomisation', async () => {
    await render(referredFamily());
    expect(el().querySelector('select[name="followUp4mStatus"]')).toBeNull();
  });
});
