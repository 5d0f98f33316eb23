import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CaseSummary } from '@yunju/contracts';
import { caseSlaFilterCodes, caseStatusCodes, type CaseSlaFilterCode, type CaseStatusCode } from '@yunju/contracts/case-codes';
import { Card, Col, DatePicker, Descriptions, Form, Input, Row, Select, Space, Tag, Typography, type TableColumnsType, type TableProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataView } from '../../components/data-view.tsx';
import { FilterActions } from '../../components/filter-actions.tsx';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { compactParams } from '../../components/search-params.ts';
import { formatDate } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { hasFilter, type CaseListParams } from './case-model.ts';
import { CaseStatusTag, DueDate, NextStepText, SlaTag } from './case-tags.tsx';
import { caseListQuery, departmentsQuery } from './cases-api.ts';

export type ListVariant = 'enterprise' | 'officer' | 'all';

/** The list parameters as URL search params (defaults left out). */
export function toSearch(params: CaseListParams): Record<string, string> {
  return compactParams({
    ...params,
    page: params.page === 1 ? undefined : params.page,
    pageSize: params.pageSize === 20 ? undefined : params.pageSize,
  });
}

interface FilterValues {
  keyword?: string;
  status?: CaseStatusCode | null;
  sla?: CaseSlaFilterCode | null;
  department?: string | null;
  range?: [Dayjs | null, Dayjs | null] | null;
}

export const casePath = (c: Pick<CaseSummary, 'id'>) => `/cases/${encodeURIComponent(c.id)}`;

/** The filter bar: keyword, status, deadline, department (county-wide lists), submission dates. */
export function CaseFilterBar({ variant, params, onSearch }: { variant: ListVariant; params: CaseListParams; onSearch: (next: CaseListParams) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterValues>();
  const departments = useQuery({ ...departmentsQuery, enabled: variant === 'all' });

  useEffect(() => {
    form.setFieldsValue({
      keyword: params.keyword ?? '',
      status: params.status ?? null,
      sla: params.sla ?? null,
      department: params.department ?? null,
      range: params.from || params.to ? [params.from ? dayjs(params.from) : null, params.to ? dayjs(params.to) : null] : null,
    });
  }, [form, params]);

  // A new filter starts again at page 1; the queue tab stays.
  const submit = (v: FilterValues) => {
    const [from, to] = v.range ?? [null, null];
    const next: CaseListParams = { page: 1, pageSize: params.pageSize };
    if (params.queue) next.queue = params.queue;
    if (v.keyword?.trim()) next.keyword = v.keyword.trim();
    if (v.status) next.status = v.status;
    if (v.sla) next.sla = v.sla;
    if (v.department) next.department = v.department;
    if (from) next.from = from.format('YYYY-MM-DD');
    if (to) next.to = to.format('YYYY-MM-DD');
    onSearch(next);
  };

  const showSla = variant !== 'enterprise';
  const showDepartment = variant === 'all';
  return (
    <Card className="filter-bar">
      <Form<FilterValues> form={form} layout="vertical" name={`case-filter-${variant}`} onFinish={submit}>
        <Row gutter={16}>
          <Col xs={24} sm={12} lg={showDepartment ? 6 : 7}>
            <Form.Item label={t('cases.filter.keyword')} name="keyword">
              <Input placeholder={variant === 'enterprise' ? t('cases.filter.keywordPlaceholderOwn') : t('cases.filter.keywordPlaceholder')} allowClear maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6} lg={4}>
            <Form.Item label={t('cases.filter.status')} name="status">
              <Select<CaseStatusCode>
                allowClear
                placeholder={t('cases.filter.allStatuses')}
                options={caseStatusCodes.map((s) => ({ value: s, label: labelOf('cases.status', s) }))}
              />
            </Form.Item>
          </Col>
          {showSla ? (
            <Col xs={12} sm={6} lg={3}>
              <Form.Item label={t('cases.filter.sla')} name="sla">
                <Select<CaseSlaFilterCode>
                  allowClear
                  placeholder={t('common.all')}
                  options={caseSlaFilterCodes.map((s) => ({ value: s, label: labelOf('cases.slaFilter', s) }))}
                />
              </Form.Item>
            </Col>
          ) : null}
          {showDepartment ? (
            <Col xs={24} sm={12} lg={5}>
              <Form.Item label={t('cases.field.leadDepartment')} name="department">
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={departments.isPending}
                  placeholder={t('cases.filter.allDepartments')}
                  options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
                />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} sm={12} lg={showDepartment ? 6 : 8}>
            <Form.Item label={t('cases.filter.submittedOn')} name="range">
              <DatePicker.RangePicker className="full-width" allowEmpty={[true, true]} placeholder={[t('cases.filter.from'), t('cases.filter.to')]} />
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <FilterActions
            onReset={() => {
              form.resetFields();
              onSearch({ page: 1, pageSize: params.pageSize, ...(params.queue ? { queue: params.queue } : {}) });
            }}
          />
        </Space>
      </Form>
    </Card>
  );
}

interface CaseTableProps {
  variant: ListVariant;
  params: CaseListParams;
  onParams: (next: CaseListParams) => void;
  rowSelection?: TableProps<CaseSummary>['rowSelection'];
  /** What to say when nothing matches without a filter. */
  emptyText: string;
  /** Buttons above the table (export, bulk actions). */
  toolbar?: ReactNode;
}

/** The cases of the filter: a table, or cards at phone width; server-side pagination with the total. */
export function CaseTable({ variant, params, onParams, rowSelection, emptyText, toolbar }: CaseTableProps) {
  const { t } = useTranslation();
  const list = useQuery({ ...caseListQuery(params), placeholderData: keepPreviousData });

  const onPage = (page: number, pageSize: number) => onParams({ ...params, page: pageSize === params.pageSize ? page : 1, pageSize });

  const number = (c: CaseSummary) => (
    <Link to={casePath(c)} className="mono nowrap">
      {c.number}
    </Link>
  );
  const title = (c: CaseSummary) => (
    <span className="case-title-cell">
      <Link to={casePath(c)}>{c.title}</Link>
      {c.kind !== 'item' ? <Tag className="case-kind-tag">{labelOf('cases.kind', c.kind)}</Tag> : null}
      {c.channel === 'desk' ? <Tag className="case-kind-tag">{labelOf('cases.channel', c.channel)}</Tag> : null}
      {c.escalatedAt && c.slaState !== 'done' ? <Tag color="error">{t('cases.supervised')}</Tag> : null}
    </span>
  );

  const columns: TableColumnsType<CaseSummary> =
    variant === 'enterprise'
      ? [
          { key: 'number', title: t('cases.field.number'), render: (_, c) => number(c) },
          { key: 'title', title: t('cases.field.title'), width: 240, render: (_, c) => title(c) },
          { key: 'status', title: t('cases.field.status'), render: (_, c) => <CaseStatusTag status={c.status} /> },
          { key: 'next', title: t('cases.field.nextStep'), width: 160, render: (_, c) => <NextStepText status={c.status} /> },
          { key: 'due', title: t('cases.field.dueOn'), width: 170, render: (_, c) => (c.slaState === 'done' ? formatDate(c.dueOn) : <DueDate c={c} />) },
          { key: 'lead', title: t('cases.field.leadDepartment'), dataIndex: 'leadDepartmentName' },
          { key: 'submitted', title: t('cases.field.submittedOn'), render: (_, c) => <span className="nowrap">{formatDate(c.submittedOn)}</span> },
        ]
      : [
          { key: 'number', title: t('cases.field.number'), render: (_, c) => number(c) },
          { key: 'title', title: t('cases.field.title'), width: 220, render: (_, c) => title(c) },
          { key: 'enterprise', title: t('cases.field.enterprise'), dataIndex: 'enterpriseName', width: 160, ellipsis: { showTitle: true } },
          { key: 'status', title: t('cases.field.status'), render: (_, c) => <CaseStatusTag status={c.status} /> },
          { key: 'due', title: t('cases.field.dueOn'), width: 150, render: (_, c) => (c.slaState === 'done' ? formatDate(c.dueOn) : <DueDate c={c} />) },
          ...(variant === 'all' ? [{ key: 'lead', title: t('cases.field.leadDepartment'), dataIndex: 'leadDepartmentName', width: 140 }] : []),
          ...(variant === 'officer'
            ? [{ key: 'assignee', title: t('cases.field.assignee'), render: (_: unknown, c: CaseSummary) => c.assigneeName ?? <Typography.Text type="secondary">{t('cases.unassigned')}</Typography.Text> }]
            : []),
          { key: 'submitted', title: t('cases.field.submittedOn'), render: (_, c) => <span className="nowrap">{formatDate(c.submittedOn)}</span> },
        ];

  return (
    <>
      {list.error ? (
        <div className="block-gap">
          <LoadFailedAlert error={list.error} onRetry={() => list.refetch()} />
        </div>
      ) : null}
      <Card className="block-gap">
        {toolbar ? <div className="case-toolbar">{toolbar}</div> : null}
        <DataView<CaseSummary>
          ariaLabel={t('cases.list.label')}
          rows={list.data?.items}
          rowKey={(c) => c.id}
          columns={columns}
          loading={list.isFetching}
          rowSelection={rowSelection}
          emptyText={hasFilter(params) ? t('cases.list.emptyFiltered') : emptyText}
          pagination={{ page: params.page, pageSize: params.pageSize, total: list.data?.total ?? 0, onChange: onPage }}
          renderCard={(c) => (
            <Card size="small" title={<Link to={casePath(c)}>{c.title}</Link>} extra={<CaseStatusTag status={c.status} />}>
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'number', label: t('cases.field.number'), children: <span className="mono">{c.number}</span> },
                  ...(variant === 'enterprise'
                    ? [{ key: 'next', label: t('cases.field.nextStep'), children: <NextStepText status={c.status} /> }]
                    : [{ key: 'enterprise', label: t('cases.field.enterprise'), children: c.enterpriseName }]),
                  { key: 'lead', label: t('cases.field.leadDepartment'), children: c.leadDepartmentName },
                  {
                    key: 'due',
                    label: t('cases.field.dueOn'),
                    children: (
                      <span className="case-due">
                        {formatDate(c.dueOn)}
                        <SlaTag c={c} />
                      </span>
                    ),
                  },
                ]}
              />
            </Card>
          )}
        />
      </Card>
    </>
  );
}
