export * from './refund-types.js';
export * from './refund-decision.js';
export * from './refund-dates.js';
export * from './order-correction.js';
export * from './refund-booking.js';
export * from './refund-parts.js';
export * from './order-repricing.js';
