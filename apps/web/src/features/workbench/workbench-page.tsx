import { ArrowRightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Empty, Flex, Row, Skeleton, Statistic, Timeline, Typography } from 'antd';
import type { CurrentUser, QualificationKind, Workbench, WorkbenchStat } from '@yunju/contracts';
import dayjs from 'dayjs';
import { lazy, Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { QualificationTags } from '../../components/qualification-tags.tsx';
import { toneColor } from '../../components/tone.ts';
import { formatDate, formatDateTime, formatNumber } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { CaseTodo, hasCaseTodo } from '../cases/case-todo.tsx';
import { workbenchQuery } from './workbench-api.ts';
import '../audit/locale.ts'; // audit action labels of the recent activity
import '../enterprises/locale.ts'; // field labels of the enterprise's own file
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

// ECharts (~150 kB gzip even tree-shaken) loads only for the roles that see charts.
const WorkbenchCharts = lazy(() => import('./workbench-charts.tsx'));
// Matching outcomes (issue 4): the bureau's reported figures, a chunk of the matching area.
const OutcomeCounters = lazy(() => import('../matching/outcome-counters.tsx'));
// The five full coverages (issue 5): rates that link to the uncovered enterprises, a chunk of the coverage area.
const CoverageCard = lazy(() => import('../coverage/coverage-card.tsx'));

function StatCard({ stat }: { stat: WorkbenchStat }) {
  const { t } = useTranslation();
  const label = labelOf('workbench.stat', stat.key);
  const card = (
    <Card size="small" hoverable={stat.to !== null} className={`stat-card tone-${stat.tone}`}>
      <Statistic title={label} value={stat.value} styles={{ content: { color: toneColor[stat.tone] } }} />
    </Card>
  );
  if (!stat.to) return card;
  return (
    <Link to={stat.to} className="stat-link" aria-label={t('workbench.statLink', { label, value: formatNumber(stat.value) })}>
      {card}
    </Link>
  );
}

function TodoCard({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  return (
    <Card title={t('workbench.todo.title')} className="full-height">
      {hasCaseTodo(user) ? <CaseTodo user={user} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`workbench.todo.${user.role}`)} />}
    </Card>
  );
}

function EnterpriseCard({ enterprise }: { enterprise: Workbench['enterprise'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (!enterprise) {
    return (
      <Card title={t('workbench.enterprise.title')} className="full-height">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.enterprise.notLinked')} />
      </Card>
    );
  }
  return (
    <Card
      title={enterprise.name}
      className="full-height"
      extra={
        <Button type="link" onClick={() => void navigate(`/enterprises/${encodeURIComponent(enterprise.id)}`)}>
          {t('workbench.enterprise.open')} <ArrowRightOutlined />
        </Button>
      }
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'creditCode', label: t('enterprise.creditCode'), children: <span className="mono">{enterprise.creditCode}</span> },
          { key: 'town', label: t('enterprise.town'), children: enterprise.townName },
          { key: 'industry', label: t('enterprise.industry'), children: enterprise.industryName },
          { key: 'qualifications', label: t('enterprise.qualifications'), children: <QualificationTags kinds={enterprise.qualifications} /> },
        ]}
      />
    </Card>
  );
}

function RecentAuditCard({ entries }: { entries: Workbench['recentAudit'] }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('workbench.recentAudit.title')}
      className="full-height"
      extra={<Link to="/audit">{t('workbench.recentAudit.viewAll')}</Link>}
    >
      {entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.recentAudit.empty')} />
      ) : (
        <Timeline
          className="recent-audit"
          items={entries.map((entry, index) => ({
            key: `${entry.at}-${index}`,
            content: (
              <>
                <Typography.Text type="secondary" className="nowrap">
                  {formatDateTime(entry.at)}
                </Typography.Text>{' '}
                {entry.actorName ?? t('audit.system')} · {labelOf('audit.actions', entry.action)}
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}

function ChartsFallback() {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </Col>
    </Row>
  );
}

export default function WorkbenchPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const workbench = useQuery(workbenchQuery);
  const showCharts = user.role === 'bureau_admin' || user.role === 'leader';
  // The matching outcome card shows the `match*` figures with units and links to their records: not twice.
  const showOutcomes = showCharts && can(user, 'match.outcomes');
  const canDrillDown = can(user, 'enterprise.read_all');

  // Chart drill-down: the same list filters as the stat cards' links.
  const onTownClick = useCallback((code: string) => void navigate(`/enterprises?town=${encodeURIComponent(code)}`), [navigate]);
  const onTierClick = useCallback(
    (kind: QualificationKind) => void navigate(`/enterprises?qualification=${encodeURIComponent(kind)}`),
    [navigate],
  );

  const now = dayjs();
  const data = workbench.data;
  const side = [
    user.role === 'enterprise' && data ? <EnterpriseCard key="enterprise" enterprise={data.enterprise} /> : null,
    <TodoCard key="todo" user={user} />,
    can(user, 'audit.read') && data ? <RecentAuditCard key="audit" entries={data.recentAudit} /> : null,
  ].filter((node) => node !== null);

  return (
    <>
      <PageHeader
        title={t('workbench.title')}
        subTitle={
          <>
            {t('workbench.greeting', { name: user.displayName })} · {t(`role.${user.role}`)}
            {user.departmentName ?? user.enterpriseName ? ` · ${user.departmentName ?? user.enterpriseName}` : ''}
            <span className="page-subtitle-date">{t('workbench.today', { date: `${formatDate(now.toDate())} ${now.format('dddd')}` })}</span>
          </>
        }
      />
      <Flex vertical gap={16}>
        {workbench.error ? (
          <ProblemAlert
            error={workbench.error}
            title={t('error.loadFailed')}
            action={<Button onClick={() => void workbench.refetch()}>{t('common.retry')}</Button>}
          />
        ) : null}
        {workbench.isPending ? (
          <Card>
            <Skeleton active />
          </Card>
        ) : null}
        {data && data.stats.length > 0 ? (
          <section aria-label={t('workbench.statsLabel')}>
            <Row gutter={[16, 16]}>
              {data.stats.filter((stat) => !(showOutcomes && stat.key.startsWith('match'))).map((stat) => (
                <Col key={stat.key} xs={12} md={8} lg={6} xxl={4}>
                  <StatCard stat={stat} />
                </Col>
              ))}
            </Row>
          </section>
        ) : null}
        {showOutcomes ? (
          <Suspense
            fallback={
              <Card>
                <Skeleton active paragraph={{ rows: 2 }} />
              </Card>
            }
          >
            <OutcomeCounters />
          </Suspense>
        ) : null}
        {can(user, 'coverage.read') ? (
          <Suspense fallback={null}>
            <CoverageCard />
          </Suspense>
        ) : null}
        {data && showCharts ? (
          <Suspense fallback={<ChartsFallback />}>
            <WorkbenchCharts
              enterprisesByTown={data.enterprisesByTown}
              tiers={data.tiers}
              onTownClick={canDrillDown ? onTownClick : undefined}
              onTierClick={canDrillDown ? onTierClick : undefined}
            />
          </Suspense>
        ) : null}
        <Row gutter={[16, 16]}>
          {side.map((node) => (
            <Col key={node.key} xs={24} lg={24 / side.length}>
              {node}
            </Col>
          ))}
        </Row>
      </Flex>
    </>
  );
}
