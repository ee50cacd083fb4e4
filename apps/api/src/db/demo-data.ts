import type { DataSource } from 'typeorm';
import { AccountEntity } from '../modules/accounts/account.entity.js';

/** A small demo data set for a fresh installation; loaded only into an empty database. */
export async function loadDemoData(db: DataSource): Promise<boolean> {
  const accounts = db.getRepository(AccountEntity);
  if ((await accounts.count()) > 0) return false;
  await accounts.save([
    accounts.create({
      name: '深圳示例科技有限公司',
      verifiedName: '深圳示例科技有限公司',
      verificationStatus: 'APPROVED',
    }),
    accounts.create({ name: 'Hangzhou Demo Trading Co.', verificationStatus: 'PENDING' }),
    accounts.create({ name: '北京演示咨询有限公司' }),
  ]);
  return true;
}
