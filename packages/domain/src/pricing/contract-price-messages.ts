import type { Templates } from '../explain/message-template.js';

/** R-CAT-2: what setting, changing or ending a contract price did. */
export const CONTRACT_PRICE_MESSAGES = {
  'contractPrice.set': {
    en: (p) =>
      `${p.plan}: ${p.unitPrice} per seat per year from ${p.from} (R-CAT-2: contract price)`,
    'zh-CN': (p) => `${p.plan}：自 ${p.from} 起每席位每年 ${p.unitPrice}（R-CAT-2：合同价）`,
  },
  'contractPrice.changed': {
    en: (p) =>
      `${p.plan}: ${p.unitPrice} per seat per year from ${p.from} (was ${p.previous}) (R-CAT-2: contract price)`,
    'zh-CN': (p) =>
      `${p.plan}：自 ${p.from} 起每席位每年 ${p.unitPrice}（原为 ${p.previous}）（R-CAT-2：合同价）`,
  },
  'contractPrice.ends': {
    en: (p) =>
      `The contract price of ${p.plan} (${p.previous} per seat per year) ends on ${p.from}: from then on an operator must set a new one before it can be bought (R-CAT-2)`,
    'zh-CN': (p) =>
      `${p.plan}的合同价（每席位每年 ${p.previous}）于 ${p.from} 结束：此后须由运营人员设置新的合同价才能购买（R-CAT-2）`,
  },
} as const satisfies Templates;
