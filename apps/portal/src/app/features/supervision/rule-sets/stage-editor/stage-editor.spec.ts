import { describe, it, expect, beforeEach } from '@jest/globals';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AVIGUK_THREE_STAGE, type RuleSet } from '@attune/domain';
import { RuleSetView } from '../rule-sets.models';
import { StageEditor } from './stage-editor';

const ruleSet: RuleSetView = {
  code: 'mine',
  name: 'Mine',
  preset: false,
  inForce: false,
  definition: { ...AVIGUK_THREE_STAGE, code: 'mine', name: 'Mine' },
  version: 3,
};

describe('StageEditor', () => {
  let fixture: ComponentFixture<StageEditor>;
  const el = () => fixture.nativeElement as HTMLElement;
  const count = (stage: number, field: string) =>
    el().querySelector<HTMLInputElement>(
      `fieldset[data-stage="${stage}"] input[data-field="${field}"]`,
    )!;

  beforeEach(async () => {
    fixture = TestBed.createComponent(StageEditor);
    fixture.componentRef.setInput('ruleSet', ruleSet);
    await fixture.whenStable();
  });

  it('sends the edited numbers per stage with the version it was read at', async () => {
    const sent: { code: string; version: number; definition: RuleSet }[] = [];
    fixture.componentInstance.saved.subscribe((s) => sent.push(s));
    const cycles = count(2, 'requiredCycles');
    expect(cycles.closest('label')?.textContent).toContain('Stage 2 cycles');
    cycles.value = '7';
    cycles.dispatchEvent(new Event('input'));
    el().querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.version).toBe(3);
    expect(sent[0]!.definition.stages[1]!.requiredCycles).toBe(7);
    expect(sent[0]!.definition.stages[0]).toEqual(AVIGUK_THREE_STAGE.stages[0]);
  });

  it('shows each server problem beside its field, and all of them in the live region', async () => {
    const problem = 'stage 2: requiredCycles must be a whole number, 0 or more (got "x")';
    fixture.componentRef.setInput('problems', [problem]);
    await fixture.whenStable();
    const input = count(2, 'requiredCycles');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = el().querySelector(`#${input.getAttribute('aria-describedby')}`);
    expect(described?.textContent).toContain(problem);
    expect(count(1, 'requiredCycles').getAttribute('aria-invalid')).toBe('false');
    expect(el().querySelector('[aria-live="assertive"]')?.textContent).toContain(problem);
  });
});
