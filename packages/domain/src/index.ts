export * from './money/index.js';
export * from './time/index.js';
export * from './explain/index.js';
export * from './core/codes.js';
