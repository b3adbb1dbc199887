import { describe, expect, it } from '@jest/globals';
import { FAMILY_STATUSES, NOT_PROCEEDED_REASONS, SESSION_OUTCOMES } from './enums.js';
import { valueHeading, valueLabel } from './labels.js';

describe('values in words', () => {
  it('reads every underscore of a code as a space', () => {
    expect(valueLabel('not_ready_or_declined')).toBe('not ready or declined');
    expect(valueLabel('child_removed_or_placed')).toBe('child removed or placed');
    for (const v of [...FAMILY_STATUSES, ...NOT_PROCEEDED_REASONS, ...SESSION_OUTCOMES])
      expect(valueLabel(v)).not.toContain('_');
  });

  it('says the values whose words differ from their code', () => {
    expect(valueLabel('aviguk_18_cycle')).toBe('AVIGuk 18-cycle');
    expect(valueLabel('vig_supervisor')).toBe('VIG supervisor');
    expect(valueLabel('midpoint_review')).toBe('mid-point review');
    expect(valueLabel('la')).toBe('LA');
    expect(valueHeading('la_manager')).toBe('LA manager');
    expect(valueHeading('children_social_care')).toBe("Children's social care");
    expect(valueHeading('self')).toBe('The family themselves');
    expect(valueLabel('no_plan')).toBe('no CiN or CP plan');
    expect(valueLabel('birth_after_referral')).toBe('birth month after referral');
    expect(valueHeading('never_started')).toBe('Allocated, no session held');
  });

  it('gives nothing for no value, and a capital for a heading', () => {
    expect(valueLabel(null)).toBe('');
    expect(valueHeading('direct_delivery')).toBe('Direct delivery');
    expect(valueHeading('vig_trainer')).toBe('VIG trainer');
    expect(valueHeading(undefined)).toBe('');
  });
});
