export * from './payment-method.js';
export * from './payment-application.js';
export * from './prepaid-balance.js';
export * from './postpaid-bill.js';
