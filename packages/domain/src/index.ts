export * from './money/index.js';
export * from './time/index.js';
export * from './explain/index.js';
