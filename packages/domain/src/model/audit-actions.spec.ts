import { describe, expect, it } from '@jest/globals';
import { AUDIT_ACTION_LABELS, auditActionLabel } from './audit-actions.js';

describe('audit actions in words', () => {
  it('says what each recorded action did', () => {
    expect(auditActionLabel('auth.sign_in')).toBe('Signed in');
    expect(auditActionLabel('auth.sign_in_failed')).toBe('Sign-in failed');
    expect(auditActionLabel('programme.rule_set')).toBe('Rule set put in force');
    expect(auditActionLabel('periodLock.reopen')).toBe('Month reopened');
  });

  it('reads an unknown code as the code itself', () => {
    expect(auditActionLabel('payment.refund')).toBe('payment.refund');
    expect(auditActionLabel('toString')).toBe('toString');
  });

  it('gives no two actions the same words, and no words that are a code', () => {
    const words = Object.values(AUDIT_ACTION_LABELS);
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w).toMatch(/^[A-Z][a-z -]+$/);
  });
});
