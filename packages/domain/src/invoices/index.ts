export * from './invoice-request.js';
