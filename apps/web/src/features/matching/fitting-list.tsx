import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { formatDate } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { MatchReasons } from './match-reasons.tsx';
import { fittingMeQuery } from './matching-api.ts';
import { relativeScore } from './matching-model.ts';
import { ConfidentialTag, DemandStatusTag } from './matching-tags.tsx';

/** The expert's view: open problems that fit the profile, best first, with the reasons. */
export function FittingList() {
  const { t } = useTranslation();
  const query = useQuery(fittingMeQuery);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (query.error) return <LoadFailedAlert error={query.error} onRetry={() => query.refetch()} />;
  const items = query.data.items;
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matching.list.emptyFits')} />;
  const best = Math.max(...items.map((i) => i.score));
  return (
    <Flex vertical gap={12} role="list" aria-label={t('matching.home.tabFits')}>
      {items.map(({ demand: d, score, reasons, invited }) => (
        <Card key={d.id} size="small" role="listitem">
          <Flex vertical gap={4}>
            <Flex justify="space-between" gap={8} wrap align="baseline">
              <Space size={4} wrap>
                <Link to={`/matching/demands/${encodeURIComponent(d.id)}`} className="match-rec-name">
                  {d.title}
                </Link>
                {d.confidential ? <ConfidentialTag /> : null}
                {invited ? <Tag color="purple">{t('matching.rec.invited')}</Tag> : null}
              </Space>
              <Space size={4}>
                <Typography.Text type="secondary">
                  {t('matching.list.score')} {relativeScore(score, best)}
                </Typography.Text>
                <DemandStatusTag kind={d.kind} status={d.status} />
              </Space>
            </Flex>
            <Typography.Text type="secondary">
              <span className="mono">{d.number}</span> · {d.enterpriseName} · {d.industryName}
              {d.budgetBand ? ` · ${labelOf('matching.budgetBand', d.budgetBand)}` : ''}
              {d.deadline ? ` · ${t('matching.field.deadline')} ${formatDate(d.deadline)}` : ''}
            </Typography.Text>
            <MatchReasons reasons={reasons} />
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
