// @attune/contract: the JSON Attune's API answers with and its portal reads, one file per area.
// Types only, apart from the list of conflict codes; value types come from @attune/domain.
export * from './platform.js';
export * from './identity.js';
export * from './programme-data.js';
export * from './costing.js';
export * from './ledger.js';
export * from './prices.js';
export * from './delivery.js';
export * from './accreditation.js';
export * from './sign-off.js';
export * from './time-import.js';
