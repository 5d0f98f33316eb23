import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AutoComplete, Card, Col, DatePicker, Descriptions, Form, Input, Row, Space, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { AuditEntry, AuditPage as AuditPageData, AuditQuery } from '@yunju/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api.ts';
import { DataView } from '../../components/data-view.tsx';
import { FilterActions } from '../../components/filter-actions.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { compactParams, intParam } from '../../components/search-params.ts';
import { formatDateTime, shortHash } from '../../format.ts';
import { labelledCodes, labelOf } from '../../i18n/labels.ts';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

interface FilterValues {
  action?: string;
  actor?: string;
  targetType?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function queryFromParams(params: URLSearchParams): AuditQuery {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    page: intParam(params.get('page'), 1),
    pageSize: intParam(params.get('pageSize'), 20, 200),
    action: params.get('action') || undefined,
    actor: params.get('actor') || undefined,
    targetType: params.get('targetType') || undefined,
    from: isoDate.test(from) ? from : undefined,
    to: isoDate.test(to) ? to : undefined,
  };
}

/** The summary object as one line of `key: value` (plain text; React escapes it). */
function summaryText(summary: Record<string, unknown>): string {
  return Object.entries(summary)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
}

interface CodeOption {
  value: string;
  text: string;
  label: ReactNode;
}

/** Suggestions for a code filter: the label to read, the code to send; typing either finds it. */
function codeOptions(prefix: string): CodeOption[] {
  return labelledCodes(prefix).map((code) => {
    const text = labelOf(prefix, code);
    return {
      value: code,
      text,
      label: (
        <span>
          {text}{' '}
          <Typography.Text type="secondary" className="mono">
            {code}
          </Typography.Text>
        </span>
      ),
    };
  });
}

function matchesOption(input: string, option: CodeOption | undefined): boolean {
  const needle = input.trim().toLowerCase();
  return !!option && (option.value.toLowerCase().includes(needle) || option.text.toLowerCase().includes(needle));
}

/** The action's label, and its code for auditors who search by it. */
function ActionCell({ action }: { action: string }) {
  const label = labelOf('audit.actions', action);
  return (
    <>
      <Tag>{label}</Tag>
      {label === action ? null : <div className="mono action-code">{action}</div>}
    </>
  );
}

function Hash({ hash, seq }: { hash: string; seq: number }) {
  const { t } = useTranslation();
  return (
    <Tooltip
      title={
        <span className="mono break-all">
          {t('audit.seq')} {seq}
          <br />
          {hash}
        </span>
      }
    >
      <Typography.Text className="mono" copyable={{ text: hash }}>
        {shortHash(hash)}
      </Typography.Text>
    </Tooltip>
  );
}

export default function AuditPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => queryFromParams(searchParams), [searchParams]);
  const [form] = Form.useForm<FilterValues>();

  const audit = useQuery({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => api.get<AuditPageData>('/api/audit', { ...query }, signal),
    placeholderData: keepPreviousData,
  });

  // Keep the form in step with the URL (back/forward, a shared link).
  useEffect(() => {
    form.setFieldsValue({
      action: query.action ?? '',
      actor: query.actor ?? '',
      targetType: query.targetType ?? '',
      range: query.from || query.to ? [query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null] : null,
    });
  }, [form, query]);

  const search = (values: FilterValues) => {
    setSearchParams(
      compactParams({
        action: values.action?.trim(),
        actor: values.actor?.trim(),
        targetType: values.targetType?.trim(),
        from: values.range?.[0]?.format('YYYY-MM-DD'),
        to: values.range?.[1]?.format('YYYY-MM-DD'),
        pageSize: query.pageSize === 20 ? undefined : query.pageSize,
      }),
    );
  };

  const onPage = (page: number, pageSize: number) => {
    const next = new URLSearchParams(searchParams);
    next.set('page', String(pageSize === query.pageSize ? page : 1));
    next.set('pageSize', String(pageSize));
    setSearchParams(next);
  };

  const actionOptions = codeOptions('audit.actions');
  const targetOptions = codeOptions('audit.targetTypes');
  const actorOf = (entry: AuditEntry) => entry.actorName ?? t('audit.system');
  const roleOf = (entry: AuditEntry) => (entry.actorRole ? labelOf('role', entry.actorRole) : t('common.empty'));
  const targetOf = (entry: AuditEntry) =>
    entry.targetType ? (
      <span className="nowrap">
        {labelOf('audit.targetTypes', entry.targetType)}
        {entry.targetId ? (
          <Typography.Text type="secondary" className="mono target-id" title={entry.targetId}>
            {' '}
            {entry.targetId.length > 9 ? `${entry.targetId.slice(0, 8)}…` : entry.targetId}
          </Typography.Text>
        ) : null}
      </span>
    ) : (
      t('common.empty')
    );

  const columns: TableColumnsType<AuditEntry> = [
    { key: 'at', title: t('audit.time'), width: 136, render: (_, e) => <span className="nowrap" title={e.at}>{formatDateTime(e.at)}</span> },
    { key: 'actor', title: t('audit.actor'), width: 100, ellipsis: true, render: (_, e) => actorOf(e) },
    { key: 'role', title: t('audit.role'), width: 112, ellipsis: true, render: (_, e) => roleOf(e) },
    { key: 'action', title: t('audit.action'), width: 180, render: (_, e) => <ActionCell action={e.action} /> },
    { key: 'target', title: t('audit.target'), width: 140, render: (_, e) => targetOf(e) },
    {
      key: 'summary',
      title: t('audit.summary'),
      ellipsis: { showTitle: true },
      render: (_, e) => summaryText(e.summary) || t('common.empty'),
    },
    { key: 'hash', title: t('audit.hash'), width: 150, render: (_, e) => <Hash hash={e.hash} seq={e.seq} /> },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} subTitle={t('audit.description')} />
      <Card className="filter-bar">
        <Form<FilterValues> form={form} layout="vertical" onFinish={search} name="audit-filter">
          <Row gutter={16}>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label={t('audit.action')} name="action">
                <AutoComplete<string, CodeOption> options={actionOptions} filterOption={matchesOption} placeholder={t('audit.actionPlaceholder')} allowClear maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={5}>
              <Form.Item label={t('audit.actor')} name="actor">
                <Input placeholder={t('audit.actorPlaceholder')} allowClear maxLength={64} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={5}>
              <Form.Item label={t('audit.targetType')} name="targetType">
                <AutoComplete<string, CodeOption> options={targetOptions} filterOption={matchesOption} placeholder={t('audit.targetTypePlaceholder')} allowClear maxLength={64} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item label={t('audit.dateRange')} name="range">
                <DatePicker.RangePicker
                  className="full-width"
                  allowEmpty={[true, true]}
                  placeholder={[t('audit.startDate'), t('audit.endDate')]}
                  disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                />
              </Form.Item>
            </Col>
          </Row>
          <Space>
            <FilterActions
              onReset={() => {
                form.resetFields();
                setSearchParams({});
              }}
            />
          </Space>
        </Form>
      </Card>
      {audit.error ? (
        <div className="block-gap">
          <LoadFailedAlert error={audit.error} onRetry={() => audit.refetch()} />
        </div>
      ) : null}
      <Card className="block-gap">
        <DataView<AuditEntry>
          ariaLabel={t('audit.title')}
          rows={audit.data?.items}
          rowKey={(e) => e.seq}
          columns={columns}
          scrollX={980}
          loading={audit.isFetching}
          emptyText={t('audit.empty')}
          pagination={{ page: query.page, pageSize: query.pageSize, total: audit.data?.total ?? 0, onChange: onPage }}
          renderCard={(e) => (
            <Card size="small" title={<ActionCell action={e.action} />} extra={<span className="nowrap">{formatDateTime(e.at)}</span>}>
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'actor', label: t('audit.actor'), children: `${actorOf(e)} · ${roleOf(e)}` },
                  { key: 'target', label: t('audit.target'), children: targetOf(e) },
                  { key: 'summary', label: t('audit.summary'), children: <span className="break-all">{summaryText(e.summary) || t('common.empty')}</span> },
                  { key: 'hash', label: t('audit.hash'), children: <Hash hash={e.hash} seq={e.seq} /> },
                ]}
              />
            </Card>
          )}
        />
      </Card>
    </>
  );
}
