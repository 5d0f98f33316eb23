import type { OutcomeTable } from '@yunju/contracts';
import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { labelOf } from '../../i18n/labels.ts';
import { outcomeMetrics, type OutcomeMetricCode } from './matching-model.ts';
import { metricDisplay, recordsHref } from './outcome-model.ts';

export function unitOf(metric: OutcomeMetricCode): string {
  return labelOf('matching.outcome.unit', metric);
}

/** The five totals as cards; each opens the records behind it. */
export function OutcomeTotals({ table, from, to }: { table: OutcomeTable; from?: string | undefined; to?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      {outcomeMetrics.map((metric) => {
        const label = labelOf('matching.outcome.metric', metric);
        const value = metricDisplay(metric, table.totals);
        return (
          <Col key={metric} xs={12} md={8} xl={{ flex: '1 1 0' }}>
            <Link to={recordsHref({ metric, from, to })} className="stat-link" aria-label={t('matching.outcome.link', { label, value: `${value} ${unitOf(metric)}`.trim() })}>
              <Card size="small" hoverable className="stat-card match-outcome-card">
                <Statistic title={label} value={value} suffix={unitOf(metric)} />
              </Card>
            </Link>
          </Col>
        );
      })}
    </Row>
  );
}

