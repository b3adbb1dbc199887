export * from './identity/roles.js';
export * from './identity/password-policy.js';
export * from './model/enums.js';
export * from './model/records.js';
export * from './model/ledger.js';
export * from './delivery/eligibility.js';
export * from './costing/index.js';
export * from './access/subjects.js';
