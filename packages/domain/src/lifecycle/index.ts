export * from './subscription-state.js';
export * from './activation.js';
export * from './renewal-window.js';
export * from './renewal-reminders.js';
export * from './violations.js';
export * from './force-majeure.js';
export * from './free-plans.js';
