export * from './working-day-calendar.js';
export * from './natural-days.js';
export * from './prc-calendar.js';
