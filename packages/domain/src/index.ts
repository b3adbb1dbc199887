export * from './identity/roles.js';
export * from './identity/password-policy.js';
