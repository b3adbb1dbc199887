import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { CONFLICT_CODES, isConflictCode } from './index.js';

interface WireTypeRule {
  wireTypeNames(): string[];
  wireTypeRestrictions(options?: { interfacesOnly?: boolean; pages?: boolean }): unknown[];
}

// The rule is plain JavaScript beside src/ (eslint.config.mjs loads it unbuilt).
const rule = (await import(
  pathToFileURL(join(import.meta.dirname, '..', 'eslint-wire-types.mjs')).href
)) as WireTypeRule;

function problems(code: string, options?: { interfacesOnly?: boolean; pages?: boolean }) {
  const linter = new Linter({ configType: 'flat' });
  return linter
    .verify(
      code,
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tseslint.parser },
          rules: { 'no-restricted-syntax': ['error', ...rule.wireTypeRestrictions(options)] },
        },
      ],
      'page.ts',
    )
    .map((m) => m.message);
}

describe('the wire-type lint rule', () => {
  it('knows every type the contract declares or re-exports', () => {
    const names = rule.wireTypeNames();
    for (const name of ['Page', 'FieldProblem', 'ErrorBody', 'ConflictCode', 'ProgrammeOption']) {
      assert.ok(names.includes(name), name);
    }
    // Views of every area, and the domain's types the contract passes on.
    for (const name of ['FamilyView', 'SupervisionSessionView', 'JobView', 'CapacityRow']) {
      assert.ok(names.includes(name), name);
    }
    assert.ok(!names.includes('CONFLICT_CODES'), 'a constant is not a type');
  });

  it('refuses a hand-written wire type in the portal, as an interface or an alias', () => {
    assert.equal(problems('export interface FamilyView { reference: string }').length, 1);
    assert.equal(problems('type ProgrammeOption = { id: string; name: string };').length, 1);
    assert.match(problems('interface Page<T> { items: T[]; total: number }')[0]!, /contract/);
  });

  it('refuses a spelled-out page, wherever it is written', () => {
    const found = problems('declare const get: () => Promise<{ items: string[]; total: number }>;');
    assert.equal(found.length, 1);
    assert.match(found[0]!, /Page<T>/);
  });

  it('leaves imports, re-exports and UI types alone', () => {
    const code = [
      "import type { FamilyView, Page } from '@attune/contract';",
      "export type { FamilyView as Family } from '@attune/contract';",
      "export type DeliveryView = { kind: 'capacity' } | { kind: 'families' };",
      'export interface DeliveryState { items: FamilyView[]; total: number; loading: boolean }',
      'export type Families = Page<FamilyView>;',
    ].join('\n');
    assert.deepEqual(problems(code), []);
  });

  it('lets the API widen a contract type by alias but not re-declare it', () => {
    const options = { interfacesOnly: true, pages: false };
    assert.deepEqual(problems('type ErrorBody = Base & { [k: string]: unknown };', options), []);
    assert.deepEqual(problems('let x: { items: string[]; total: number };', options), []);
    assert.equal(problems('interface FieldProblem { field: string }', options).length, 1);
  });
});

describe('conflict codes', () => {
  it('are told apart from other strings', () => {
    for (const code of CONFLICT_CODES) assert.ok(isConflictCode(code));
    assert.ok(!isConflictCode('conflict'));
    assert.ok(!isConflictCode(undefined));
  });
});
