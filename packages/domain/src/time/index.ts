export * from './business-date.js';
export * from './period.js';
