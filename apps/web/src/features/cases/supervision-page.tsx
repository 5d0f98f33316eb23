import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CaseSummary } from '@yunju/contracts';
import { Button, Card, Col, Descriptions, Form, Row, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataView } from '../../components/data-view.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { compactParams, intParam } from '../../components/search-params.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { exportHref } from './case-model.ts';
import { casePath } from './case-list.tsx';
import { CaseStatusTag } from './case-tags.tsx';
import { departmentsQuery, supervisionQuery } from './cases-api.ts';
import './cases.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

const uuid = /^[0-9a-f-]{36}$/i;

/** Working days past the due date (the deadline's negative remainder). */
function OverdueDays({ c }: { c: CaseSummary }) {
  const { t } = useTranslation();
  const days = c.workingDaysLeft !== null && c.workingDaysLeft < 0 ? -c.workingDaysLeft : 0;
  if (c.slaState === 'paused') return <Tag>{t('cases.sla.paused', { days: Math.max(0, c.workingDaysLeft ?? 0) })}</Tag>;
  return <Tag color="error">{days > 0 ? t('cases.sla.overdueDays', { days }) : t('cases.sla.overdue')}</Tag>;
}

/** `/supervision` 督办: escalated overdue cases of the county, most overdue first. */
export default function SupervisionPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => {
    const department = searchParams.get('department');
    return {
      page: intParam(searchParams.get('page'), 1),
      pageSize: intParam(searchParams.get('pageSize'), 20, 200),
      department: department && uuid.test(department) ? department : undefined,
    };
  }, [searchParams]);
  const list = useQuery({ ...supervisionQuery(params), placeholderData: keepPreviousData });
  const departments = useQuery(departmentsQuery);

  const setParams = (next: typeof params) =>
    setSearchParams(compactParams({ department: next.department, page: next.page === 1 ? undefined : next.page, pageSize: next.pageSize === 20 ? undefined : next.pageSize }));

  const columns: TableColumnsType<CaseSummary> = [
    {
      key: 'number',
      title: t('cases.field.number'),
      render: (_, c) => (
        <Link to={casePath(c)} className="mono nowrap">
          {c.number}
        </Link>
      ),
    },
    { key: 'title', title: t('cases.field.title'), width: 200, render: (_, c) => <Link to={casePath(c)}>{c.title}</Link> },
    { key: 'lead', title: t('cases.field.leadDepartment'), dataIndex: 'leadDepartmentName', width: 140 },
    { key: 'enterprise', title: t('cases.field.enterprise'), dataIndex: 'enterpriseName', width: 150, ellipsis: { showTitle: true } },
    { key: 'status', title: t('cases.field.status'), render: (_, c) => <CaseStatusTag status={c.status} /> },
    { key: 'due', title: t('cases.field.dueOn'), render: (_, c) => <span className="nowrap">{formatDate(c.dueOn)}</span> },
    { key: 'overdue', title: t('cases.supervision.overdue'), render: (_, c) => <OverdueDays c={c} /> },
    { key: 'escalated', title: t('cases.field.escalatedAt'), width: 110, render: (_, c) => formatDateTime(c.escalatedAt) },
    { key: 'assignee', title: t('cases.field.assignee'), render: (_, c) => c.assigneeName ?? <Typography.Text type="secondary">{t('cases.unassigned')}</Typography.Text> },
  ];

  return (
    <>
      <PageHeader
        title={t('cases.supervision.title')}
        subTitle={t('cases.supervision.hint')}
        extra={
          can(user, 'case.export') ? (
            <Button icon={<DownloadOutlined />} href={exportHref({ page: 1, pageSize: 20, sla: 'overdue', ...(params.department ? { department: params.department } : {}) })} download>
              {t('cases.supervision.export')}
            </Button>
          ) : undefined
        }
      />
      <Card className="filter-bar">
        <Form layout="vertical" component="div">
          <Row gutter={16}>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item label={t('cases.field.leadDepartment')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  value={params.department ?? null}
                  loading={departments.isPending}
                  placeholder={t('cases.filter.allDepartments')}
                  options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
                  onChange={(department: string | null) => setParams({ ...params, page: 1, department: department ?? undefined })}
                  aria-label={t('cases.field.leadDepartment')}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {list.error ? (
        <div className="block-gap">
          <LoadFailedAlert error={list.error} onRetry={() => list.refetch()} />
        </div>
      ) : null}
      <Card className="block-gap">
        <DataView<CaseSummary>
          ariaLabel={t('cases.supervision.title')}
          rows={list.data?.items}
          rowKey={(c) => c.id}
          columns={columns}
          loading={list.isFetching}
          emptyText={t('cases.supervision.empty')}
          pagination={{
            page: params.page,
            pageSize: params.pageSize,
            total: list.data?.total ?? 0,
            onChange: (page, pageSize) => setParams({ ...params, page: pageSize === params.pageSize ? page : 1, pageSize }),
          }}
          renderCard={(c) => (
            <Card size="small" title={<Link to={casePath(c)}>{c.title}</Link>} extra={<OverdueDays c={c} />}>
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'number', label: t('cases.field.number'), children: <span className="mono">{c.number}</span> },
                  { key: 'lead', label: t('cases.field.leadDepartment'), children: c.leadDepartmentName },
                  { key: 'enterprise', label: t('cases.field.enterprise'), children: c.enterpriseName },
                  { key: 'due', label: t('cases.field.dueOn'), children: formatDate(c.dueOn) },
                  { key: 'status', label: t('cases.field.status'), children: <CaseStatusTag status={c.status} /> },
                ]}
              />
            </Card>
          )}
        />
      </Card>
      <Space className="block-gap">
        <Link to="/cases/stats">{t('cases.supervision.toStats')}</Link>
      </Space>
    </>
  );
}
