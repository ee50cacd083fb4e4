export * from './rules.js';
export * from './results.js';
