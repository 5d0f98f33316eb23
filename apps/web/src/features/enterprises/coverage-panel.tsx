import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { EnterpriseCoverage } from '@yunju/contracts';
import { Empty, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { labelOf } from '../../i18n/labels.ts';
import { coverageFlags, enterpriseCoverageQuery } from '../coverage/coverage-api.ts';
import '../coverage/locale.ts'; // the flags' names
import './locale.ts';

type YearRow = EnterpriseCoverage['years'][number];

/** The five coverages of one enterprise per year, computed from its file. */
export function CoveragePanel({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const coverage = useQuery(enterpriseCoverageQuery(enterpriseId));
  if (coverage.isPending) return <Skeleton active />;
  if (coverage.error) return <LoadFailedAlert error={coverage.error} onRetry={() => coverage.refetch()} />;
  const columns: TableColumnsType<YearRow> = [
    { key: 'year', title: t('enterprise.stats.year'), dataIndex: 'year', width: 80 },
    {
      key: 'scope',
      title: t('enterprise.coverage.inScope'),
      render: (_, y) => (y.aboveScaleIndustrial ? <Tag color="blue">{t('enterprise.coverage.aboveScaleIndustrial')}</Tag> : <Tag>{t('enterprise.coverage.outOfScope')}</Tag>),
    },
    ...coverageFlags.map((flag) => ({
      key: flag,
      title: labelOf('coverage.flag', flag),
      align: 'center' as const,
      render: (_: unknown, y: YearRow) =>
        y.flags[flag] ? (
          <CheckCircleFilled style={{ color: '#389e0d' }} aria-label={t('enterprise.coverage.covered')} />
        ) : (
          <MinusCircleOutlined style={{ color: '#cf1322' }} aria-label={t('enterprise.coverage.notCovered')} />
        ),
    })),
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('enterprise.coverage.hint')}</Typography.Paragraph>
      <Table<YearRow>
        size="small"
        rowKey="year"
        columns={columns}
        dataSource={[...coverage.data.years].sort((a, b) => b.year - a.year)}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enterprise.stats.empty')} /> }}
      />
    </>
  );
}
