export * from './rules.js';
export * from './results.js';
export * from './rule-reference.js';
export * from './user-message.js';
