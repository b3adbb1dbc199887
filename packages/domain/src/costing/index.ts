export * from './decimal.js';
export * from './errors.js';
export * from './ledger.js';
export * from './rates.js';
