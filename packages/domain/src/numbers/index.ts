export * from './enterprise-number.js';
