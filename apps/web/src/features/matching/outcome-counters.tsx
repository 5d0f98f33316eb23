import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { outcomesQuery } from './matching-api.ts';
import { OutcomeTotals } from './outcome-totals.tsx';
import './matching.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the card renders

/** The bureau's and leader's workbench card: matching outcomes to date, every figure a link to its records. A lazy chunk of its own. */
export default function OutcomeCounters() {
  const { t } = useTranslation();
  // To date (no period): the figures the bureau reports upward.
  const query = useQuery(outcomesQuery({ by: 'month' }));
  return (
    <Card title={t('matching.outcome.cardTitle')} extra={<Link to="/matching/outcomes">{t('matching.outcome.viewAll')}</Link>}>
      {query.isPending ? <Skeleton active paragraph={{ rows: 2 }} /> : null}
      {query.error ? <Alert type="warning" showIcon title={t('matching.outcome.loadFailed')} /> : null}
      {query.data ? (
        <section aria-label={t('matching.outcome.cardTitle')}>
          <OutcomeTotals table={query.data} />
        </section>
      ) : null}
    </Card>
  );
}
