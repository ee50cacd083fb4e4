export * from './rules.js';
export * from './results.js';
export * from './user-message.js';
