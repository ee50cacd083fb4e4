export * from './invoice-request.js';
export * from './invoice-issue.js';
