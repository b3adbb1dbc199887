// The cell parsers (fields.ts) stay internal: their short names would crowd the domain's API.
export {
  MAX_CODE_LENGTH,
  MAX_INTEGER,
  MAX_YEAR,
  MIN_YEAR,
  type Field,
  type FieldKind,
  type Parsed,
} from './fields.js';
export * from './columns.js';
export * from './files.js';
export * from './problems.js';
export * from './rows.js';
export * from './validator.js';
export * from './write.js';
