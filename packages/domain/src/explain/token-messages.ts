import type { Templates } from './message-template.js';

const ROLES_ZH_CN: Readonly<Record<string, string>> = {
  OPERATOR: '运营人员',
  CUSTOMER_ADMIN: '客户管理员',
  CUSTOMER_MEMBER: '客户成员',
};

/** Where a bootstrap token came from, in Chinese (its English text is the source itself). */
const SOURCES_ZH_CN: Readonly<Record<string, string>> = {
  BILLING_BOOTSTRAP_TOKEN: 'BILLING_BOOTSTRAP_TOKEN',
  'from DATA_DIR/bootstrap-token': '来自 DATA_DIR/bootstrap-token',
};

/** The names the product gives API tokens nobody named (a name someone typed stays as typed). */
export const TOKEN_MESSAGES = {
  'token.defaultName': {
    en: (p) => `${p.role} token of ${p.date}`,
    'zh-CN': (p) => `${ROLES_ZH_CN[p.role!] ?? p.role}令牌（${p.date} 创建）`,
  },
  'token.bootstrap': {
    en: (p) => `Bootstrap operator token${p.source === '' ? '' : ` (${p.source})`}`,
    'zh-CN': (p) =>
      `初始运营令牌${p.source === '' ? '' : `（${SOURCES_ZH_CN[p.source!] ?? p.source}）`}`,
  },
} as const satisfies Templates;
