import { useQuery } from '@tanstack/react-query';
import type { TierCriterion, TierRule } from '@yunju/contracts';
import { Alert, Descriptions, Flex, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { labelOf } from '../../i18n/labels.ts';
import { ladderQuery } from './cultivation-api.ts';
import './locale.ts';

/** The criterion's threshold as the rule states it; shares as percentages, money in 万元. */
function thresholdText(c: TierCriterion, bandsLabel: string, wan: string): string {
  if (c.bands && c.bands.length > 0) {
    return `${bandsLabel} ${c.bands
      .map((b) => `${b.maxRevenueFen === null ? '>' : '≤'}${b.maxRevenueFen === null ? '' : `${(b.maxRevenueFen / 1_000_000).toLocaleString('en-US')} ${wan}`}：${(b.share * 100).toFixed(0)}%`)
      .join('；')}`;
  }
  if (c.kind) return labelOf('qualification', c.kind);
  if (c.level) return labelOf('enterprise.rdLevels', c.level);
  if (c.threshold === undefined) return '—';
  const sign = c.metric.endsWith('_max') ? '≤ ' : '≥ ';
  if (c.metric === 'rd_spending_min' && c.threshold <= 100) return '> 0'; // any R&D spending at all
  if (c.metric.endsWith('_share') || c.metric === 'rd_intensity') return `${sign}${(c.threshold * 100).toFixed(0)}%`;
  if (c.metric.startsWith('revenue') || c.metric === 'rd_spending_min') return `${sign}${(c.threshold / 1_000_000).toLocaleString('en-US')} ${wan}`;
  return `${sign}${c.threshold}`;
}

/** The tier ladder as configured: each tier's criteria and the document they come from. */
export function LadderTab() {
  const { t, i18n } = useTranslation();
  const ladder = useQuery(ladderQuery);
  if (ladder.isPending) return <Skeleton active />;
  if (ladder.error) return <LoadFailedAlert error={ladder.error} onRetry={() => ladder.refetch()} />;
  const en = i18n.language === 'en';
  const columns: TableColumnsType<TierCriterion> = [
    { key: 'label', title: t('enterprise.ladder.criterion'), render: (_, c) => (en ? c.labelEn : c.labelZh) },
    { key: 'threshold', title: t('enterprise.ladder.threshold'), render: (_, c) => thresholdText(c, t('enterprise.ladder.bands'), t('enterprise.stats.wan')) },
  ];
  return (
    <Flex vertical gap={16}>
      {ladder.data.note ? <Alert type="info" showIcon title={ladder.data.note} /> : null}
      {[...ladder.data.rules]
        .sort((a, b) => a.rank - b.rank)
        .map((rule: TierRule) => (
          <section key={rule.kind} aria-label={en ? rule.nameEn : rule.nameZh}>
            <Descriptions
              size="small"
              column={1}
              title={
                <Flex gap={8} align="center" wrap>
                  <span>{en ? rule.nameEn : rule.nameZh}</span>
                  {rule.validityYears ? <Tag>{t('enterprise.ladder.validity', { years: rule.validityYears })}</Tag> : null}
                </Flex>
              }
              items={[{ key: 'source', label: t('enterprise.ladder.source'), children: <Typography.Text type="secondary">{rule.source}</Typography.Text> }]}
            />
            <Table<TierCriterion> size="small" rowKey="key" columns={columns} dataSource={rule.criteria} pagination={false} />
          </section>
        ))}
    </Flex>
  );
}
