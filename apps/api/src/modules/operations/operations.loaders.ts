import type { DataSource } from 'typeorm';
import { smallListLoader } from '../../graphql/batch.js';
import { ForceMajeureEventEntity } from './force-majeure.entity.js';
import { TerminationNoticeEntity } from './termination-notice.entity.js';
import { SubscriptionViolationEntity } from './violation.entity.js';

/** R-VIO-1 history, R-FM-1 extensions and R-TERM-1 notices of subscriptions (operator actions). */
export function operationLoaders(db: DataSource) {
  return {
    violationsBySubscription: smallListLoader(db, SubscriptionViolationEntity, 'subscriptionId'),
    forceMajeureBySubscription: smallListLoader(db, ForceMajeureEventEntity, 'subscriptionId'),
    terminationNoticesBySubscription: smallListLoader(
      db,
      TerminationNoticeEntity,
      'subscriptionId',
    ),
  };
}
