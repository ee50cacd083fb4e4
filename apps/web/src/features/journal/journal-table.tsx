import { accountPath } from '../../app/paths.js';
import { Link } from '../../app/router.js';
import { DateTimeText } from '../../components/date-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { SortableHeader, type ColumnSort } from '../../components/list-controls.js';
import { Money } from '../../components/money.js';
import { RuleList } from '../../components/rule-list.js';
import { graphql } from '../../gql/index.js';
import type { JournalLineFragment, JournalSort } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';

export const JournalLineFragmentDoc = graphql(`
  fragment JournalLine on JournalEntry {
    id
    transactionId
    ledger
    accountId
    memo
    sourceType
    postedAt
    amount {
      amount
    }
    rules {
      id
      summary
    }
  }
`);

export const JOURNAL_SORTS = [
  'NEWEST_FIRST',
  'OLDEST_FIRST',
  'POSTED_AT_DESC',
  'POSTED_AT_ASC',
  'AMOUNT_DESC',
  'AMOUNT_ASC',
] as const satisfies readonly JournalSort[];

const BY_POSTING: ColumnSort<JournalSort> = {
  ascending: 'POSTED_AT_ASC',
  descending: 'POSTED_AT_DESC',
};
const BY_AMOUNT: ColumnSort<JournalSort> = { ascending: 'AMOUNT_ASC', descending: 'AMOUNT_DESC' };

/**
 * Double-entry journal lines as the API posted them: debits positive, credits negative, each
 * posting's lines summing to zero. Operators only. `showAccount` adds the customer account of
 * each line (for lists of many accounts' lines).
 */
export function JournalTable({
  entries,
  caption,
  showAccount = false,
  sort,
  onSort,
}: {
  entries: readonly JournalLineFragment[];
  caption: string;
  showAccount?: boolean;
  /** The list's sort: the posting time and amount headers sort it when given. */
  sort?: JournalSort;
  onSort?: (sort: JournalSort) => void;
}) {
  const { t, ledger, codeLabel } = useI18n();
  if (entries.length === 0) return <EmptyState title={t('journal.empty')} />;
  return (
    <div className="table-scroll">
      <table className="responsive-table journal" data-testid="journal">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <SortableHeader
              label={t('journal.postedAt')}
              column={BY_POSTING}
              sort={sort}
              onSort={onSort}
            />
            <th scope="col">{t('journal.ledger')}</th>
            <SortableHeader
              label={t('journal.amount')}
              column={BY_AMOUNT}
              sort={sort}
              onSort={onSort}
              className="numeric"
            />
            <th scope="col">{t('journal.memo')}</th>
            {showAccount && <th scope="col">{t('journal.account')}</th>}
            <th scope="col">{t('lineItems.rules')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="journal-entry">
              <td className="primary-cell">
                <DateTimeText instant={entry.postedAt} clock="real" />
                <span className="subtle">
                  {codeLabel('auditObject', entry.sourceType)} ·{' '}
                  <span className="mono">{entry.transactionId.slice(0, 8)}</span>
                </span>
              </td>
              <td data-label={t('journal.ledger')} className="mono">
                {ledger(entry.ledger)}
              </td>
              <td data-label={t('journal.amount')} className="numeric">
                <Money value={entry.amount} />
              </td>
              <td data-label={t('journal.memo')}>{entry.memo}</td>
              {showAccount && (
                <td data-label={t('journal.account')}>
                  {entry.accountId ? (
                    <Link to={accountPath(entry.accountId)}>{t('journal.openAccount')}</Link>
                  ) : (
                    <span className="muted">{t('common.none')}</span>
                  )}
                </td>
              )}
              <td data-label={t('lineItems.rules')}>
                <RuleList rules={entry.rules} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
