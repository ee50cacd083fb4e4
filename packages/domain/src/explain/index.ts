export * from './rules.js';
export * from './results.js';
export * from './rule-reference.js';
export * from './user-message.js';
export * from './messages.js';
export * from './rules.zh-cn.js';
export type { AccountAction, NoSuchKind } from './api-refusal-messages.js';
