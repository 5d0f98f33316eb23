import { LockOutlined } from '@ant-design/icons';
import type { EnterpriseDemandLink, EnterpriseDeposits, EnterpriseEngagementLink, EnterpriseMatching } from '@yunju/contracts';
import { Alert, Empty, Flex, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime, formatNumber } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { formatYuan } from '../matching/matching-model.ts';
import { NotarisationTag } from '../safebox/safebox-tags.tsx';
import '../matching/locale.ts'; // demand kinds and statuses, engagement statuses
import './locale.ts';

/**
 * The enterprise file's matching and safe-box sections (issue 5): demands, engagements (供需对接),
 * IUR projects (产学研项目, the engagements with an agreement) and deposits (存证). The server sends
 * only what the caller may see; deposits reach officers and leaders as counts only.
 */

const empty = (text: string) => <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;

function Shown({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation();
  if (total <= shown) return null;
  return (
    <Typography.Text type="secondary">
      {t('enterprise.records.partial', { shown, total })} <Link to="/matching">{t('enterprise.records.allInMatching')}</Link>
    </Typography.Text>
  );
}

export function DemandsTab({ matching }: { matching: EnterpriseMatching }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<EnterpriseDemandLink> = [
    { key: 'number', title: t('enterprise.records.number'), render: (_, d) => <span className="mono nowrap">{d.number}</span> },
    {
      key: 'title',
      title: t('enterprise.records.title'),
      render: (_, d) => (
        <Flex gap={4} wrap align="center">
          <Link to={`/matching/demands/${encodeURIComponent(d.id)}`}>{d.title}</Link>
          {d.confidential ? (
            <Tag icon={<LockOutlined />} color="warning">
              {t('enterprise.records.confidential')}
            </Tag>
          ) : null}
        </Flex>
      ),
    },
    { key: 'kind', title: t('enterprise.records.kind'), render: (_, d) => labelOf('matching.demandKind', d.kind) },
    { key: 'status', title: t('enterprise.records.status'), render: (_, d) => <Tag color="processing">{labelOf('matching.demandStatus', d.status)}</Tag> },
    { key: 'postedAt', title: t('enterprise.records.postedAt'), render: (_, d) => <span className="nowrap">{formatDate(d.postedAt)}</span> },
  ];
  return (
    <Flex vertical gap={8}>
      <Table<EnterpriseDemandLink>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={matching.demands}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: empty(t('enterprise.records.demandsEmpty')) }}
      />
      <Shown shown={matching.demands.length} total={matching.demandTotal} />
    </Flex>
  );
}

export function MatchesTab({ matching }: { matching: EnterpriseMatching }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<EnterpriseEngagementLink> = [
    {
      key: 'demand',
      title: t('enterprise.records.demand'),
      render: (_, e) => (
        <Link to={`/matching/engagements/${encodeURIComponent(e.id)}`}>
          <span className="mono">{e.demandNumber}</span> {e.demandTitle}
        </Link>
      ),
    },
    { key: 'candidate', title: t('enterprise.records.candidate'), dataIndex: 'candidateName' },
    { key: 'status', title: t('enterprise.records.status'), render: (_, e) => <Tag color="processing">{labelOf('matching.engagementStatus', e.status)}</Tag> },
    { key: 'updatedAt', title: t('enterprise.records.updatedAt'), render: (_, e) => <span className="nowrap">{formatDateTime(e.updatedAt)}</span> },
  ];
  return (
    <Flex vertical gap={8}>
      <Table<EnterpriseEngagementLink>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={matching.engagements}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: empty(t('enterprise.records.matchesEmpty')) }}
      />
      <Shown shown={matching.engagements.length} total={matching.engagementTotal} />
    </Flex>
  );
}

type Project = EnterpriseEngagementLink & { project: NonNullable<EnterpriseEngagementLink['project']> };

export const projectsOf = (matching: EnterpriseMatching): Project[] => matching.engagements.filter((e): e is Project => e.project !== null);

export function ProjectsTab({ matching }: { matching: EnterpriseMatching }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Project> = [
    { key: 'title', title: t('enterprise.records.project'), render: (_, e) => <Link to={`/matching/engagements/${encodeURIComponent(e.id)}`}>{e.project.title}</Link> },
    { key: 'candidate', title: t('enterprise.records.partner'), dataIndex: 'candidateName' },
    { key: 'amount', title: t('enterprise.records.amount'), align: 'right', render: (_, e) => <span className="nowrap">{formatYuan(e.project.amountYuan)}</span> },
    { key: 'status', title: t('enterprise.records.status'), render: (_, e) => <Tag color={e.status === 'solved' ? 'success' : 'processing'}>{labelOf('matching.engagementStatus', e.status)}</Tag> },
    { key: 'signedOn', title: t('enterprise.records.signedOn'), render: (_, e) => <span className="nowrap">{formatDate(e.project.signedOn)}</span> },
  ];
  return (
    <Table<Project>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={projectsOf(matching)}
      pagination={false}
      scroll={{ x: 640 }}
      locale={{ emptyText: empty(t('enterprise.records.projectsEmpty')) }}
    />
  );
}

type LatestDeposit = NonNullable<EnterpriseDeposits['latest']>[number];

export function DepositsTab({ deposits }: { deposits: EnterpriseDeposits }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<LatestDeposit> = [
    { key: 'index', title: t('enterprise.records.depositIndex'), render: (_, d) => <span className="mono">{d.index}</span> },
    { key: 'title', title: t('enterprise.records.title'), render: (_, d) => <Link to={`/safebox/deposits/${encodeURIComponent(d.id)}`}>{d.title}</Link> },
    { key: 'depositedAt', title: t('enterprise.records.depositedAt'), render: (_, d) => <span className="nowrap">{formatDateTime(d.depositedAt)}</span> },
    { key: 'notarisation', title: t('enterprise.records.notarisation'), render: (_, d) => <NotarisationTag status={d.notarisation} /> },
  ];
  return (
    <Flex vertical gap={12}>
      <Flex gap={32} wrap>
        <Statistic title={t('enterprise.records.depositTotal')} value={formatNumber(deposits.total)} />
        <Statistic title={t('enterprise.records.notarised')} value={formatNumber(deposits.notarised)} />
      </Flex>
      {deposits.latest === null ? (
        <Alert type="info" showIcon icon={<LockOutlined />} title={t('enterprise.records.depositsCountsOnly')} />
      ) : (
        <Flex vertical gap={8}>
          <Typography.Text strong>{t('enterprise.records.latestDeposits')}</Typography.Text>
          <Table<LatestDeposit>
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={deposits.latest}
            pagination={false}
            scroll={{ x: 560 }}
            locale={{ emptyText: empty(t('enterprise.records.depositsEmpty')) }}
          />
          {deposits.total > 0 ? <Link to="/safebox">{t('enterprise.records.allDeposits')}</Link> : null}
        </Flex>
      )}
    </Flex>
  );
}
