// Keeps every wire type in @attune/contract. The names come from the contract's
// own source (read here, so the rule needs no build): a workspace that declares an
// interface or type alias under one of them, or spells out a `{items, total}` page,
// fails lint and is told to import the contract's type instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const source = join(import.meta.dirname, 'src');

/** Every type name @attune/contract exports, its re-exports of domain types included. */
export function wireTypeNames(dir = source) {
  const names = new Set();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.ts') || file.endsWith('.spec.ts')) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/^export (?:interface|type) (\w+)/gm)) names.add(m[1]);
    for (const m of text.matchAll(/^export type \{([^}]*)\}/gm)) {
      for (const part of m[1].split(',')) {
        const name = part
          .trim()
          .split(/\s+as\s+/)
          .pop();
        if (name) names.add(name);
      }
    }
  }
  return [...names].sort();
}

const hint = 'is a wire type: import it from @attune/contract rather than declaring it here.';

/**
 * `no-restricted-syntax` options. `interfacesOnly`: only an interface under a contract
 * name is refused (a type alias, e.g. one that widens the contract's type, is not).
 * `pages`: also refuse a spelled-out `{items, total}` type.
 */
export function wireTypeRestrictions({ interfacesOnly = false, pages = true } = {}) {
  const pattern = `/^(${wireTypeNames().join('|')})$/`;
  const declarations = interfacesOnly
    ? ['TSInterfaceDeclaration']
    : ['TSInterfaceDeclaration', 'TSTypeAliasDeclaration'];
  return [
    ...declarations.map((node) => ({
      selector: `${node}[id.name=${pattern}]`,
      message: `This name ${hint}`,
    })),
    ...(pages ? [pageRestriction] : []),
  ];
}

const pageRestriction = {
  selector:
    "TSTypeLiteral:has(> TSPropertySignature[key.name='items']):has(> TSPropertySignature[key.name='total'])",
  message: `A page of a list (\`{items, total}\`) ${hint.replace('is a wire type', 'is the contract’s Page<T>')}`,
};
