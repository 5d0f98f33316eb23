import { useQuery } from '@tanstack/react-query';
import { Card, Col, Progress, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toneColor } from '../../components/tone.ts';
import { labelOf } from '../../i18n/labels.ts';
import { coverageDashboardQuery, coverageFlags } from './coverage-api.ts';
import { formatRate, percent, rateOf, rateTone } from './coverage-model.ts';
import './coverage.css';
import './locale.ts';

/** The five coverage rates on the workbench, each a link to its uncovered enterprises (a lazy chunk of this area). */
export default function CoverageCard() {
  const { t } = useTranslation();
  const dashboard = useQuery(coverageDashboardQuery({}));
  if (dashboard.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 2 }} />
      </Card>
    );
  }
  if (dashboard.error || dashboard.data.county.total === 0) return null;
  const d = dashboard.data;
  return (
    <Card title={t('coverage.cardTitle', { year: d.year ?? '' })} extra={<Link to="/coverage">{t('coverage.cardMore')}</Link>}>
      <Row gutter={[16, 12]}>
        {coverageFlags.map((flag) => {
          const r = rateOf(d.county, flag);
          const tone = rateTone(r.rate);
          return (
            <Col key={flag} xs={12} sm={8} xl={{ flex: '20%' }}>
              <Link
                to={`/coverage?flag=${flag}${d.year ? `&year=${d.year}` : ''}`}
                className="coverage-card-link"
                aria-label={t('coverage.rateCard', { flag: labelOf('coverage.flag', flag), rate: formatRate(r.rate), covered: r.covered, total: r.total })}
              >
                <Typography.Text type="secondary">{labelOf('coverage.flag', flag)}</Typography.Text>
                <div className="coverage-rate-value" style={{ color: toneColor[tone] }}>
                  {formatRate(r.rate)}
                </div>
                <Progress percent={percent(r.rate)} showInfo={false} strokeColor={toneColor[tone]} size="small" />
              </Link>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}
