import { DownloadOutlined, PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { safeboxCategories, type DepositSummary, type NotarisationStatus, type SafeboxCategory } from '@yunju/contracts';
import { App, Button, Card, Col, DatePicker, Descriptions, Form, Input, Row, Select, Space, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DataView } from '../../components/data-view.tsx';
import { downloadFile } from '../../components/download.ts';
import { useErrorMessage } from '../../components/error-message.ts';
import { FilterActions } from '../../components/filter-actions.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { compactParams, intParam } from '../../components/search-params.ts';
import { formatDateTime, shortHash } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { depositListQuery, type DepositListParams } from './safebox-api.ts';
import { formatBytes } from './safebox-model.ts';
import { NotarisationTag, SequencedTag } from './safebox-tags.tsx';
import './locale.ts';
import './safebox.css';

type NotarisationFilter = NonNullable<DepositListParams['notarisation']>;
const notarisationFilters: NotarisationFilter[] = ['none', 'requested', 'countersigned', 'rejected'];

function paramsFrom(search: URLSearchParams): DepositListParams {
  const category = search.get('category');
  const notarisation = search.get('notarisation');
  const date = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
  return {
    page: intParam(search.get('page'), 1),
    pageSize: intParam(search.get('pageSize'), 20, 200),
    q: search.get('q')?.trim() || undefined,
    category: category && (safeboxCategories as readonly string[]).includes(category) ? (category as SafeboxCategory) : undefined,
    from: date(search.get('from')),
    to: date(search.get('to')),
    notarisation: notarisation && (notarisationFilters as string[]).includes(notarisation) ? (notarisation as NotarisationFilter) : undefined,
  };
}

const toSearch = (p: DepositListParams) => compactParams({ ...p, page: p.page === 1 ? undefined : p.page, pageSize: p.pageSize === 20 ? undefined : p.pageSize });

interface FilterValues {
  q?: string;
  category?: SafeboxCategory | null;
  notarisation?: NotarisationFilter | null;
  range?: [Dayjs | null, Dayjs | null] | null;
}

export const depositPath = (d: Pick<DepositSummary, 'id'>) => `/safebox/deposits/${encodeURIComponent(d.id)}`;

/** 我的存证: the enterprise's deposits, searchable, exportable. */
export default function DepositsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => paramsFrom(search), [search]);
  const setParams = (next: DepositListParams) => setSearch(toSearch(next));
  const list = useQuery({ ...depositListQuery(params), placeholderData: keepPreviousData });
  const [form] = Form.useForm<FilterValues>();
  const [exporting, setExporting] = useState(false);
  const filtered = Boolean(params.q || params.category || params.from || params.to || params.notarisation);

  useEffect(() => {
    form.setFieldsValue({
      q: params.q ?? '',
      category: params.category ?? null,
      notarisation: params.notarisation ?? null,
      range: params.from || params.to ? [params.from ? dayjs(params.from) : null, params.to ? dayjs(params.to) : null] : null,
    });
  }, [form, params]);

  const submit = (v: FilterValues) => {
    const [from, to] = v.range ?? [null, null];
    setParams({
      page: 1,
      pageSize: params.pageSize,
      q: v.q?.trim() || undefined,
      category: v.category ?? undefined,
      notarisation: v.notarisation ?? undefined,
      from: from ? from.format('YYYY-MM-DD') : undefined,
      to: to ? to.format('YYYY-MM-DD') : undefined,
    });
  };

  const exportList = async () => {
    setExporting(true);
    try {
      const { page: _p, pageSize: _s, ...query } = params;
      const name = await downloadFile('/api/safebox/deposits/export', query, 'deposits.xlsx');
      void message.success(t('safebox.list.exported', { name }));
    } catch (e) {
      void message.error(messageOf(e));
    } finally {
      setExporting(false);
    }
  };

  const columns: TableColumnsType<DepositSummary> = [
    { title: t('safebox.field.index'), dataIndex: 'index', width: 96 },
    {
      title: t('safebox.field.title'),
      dataIndex: 'title',
      render: (_, d) => <Link to={depositPath(d)}>{d.title}</Link>,
    },
    { title: t('safebox.field.category'), dataIndex: 'category', render: (c: SafeboxCategory | null) => (c ? labelOf('safebox.category', c) : t('common.empty')) },
    {
      title: t('safebox.field.fileName'),
      dataIndex: 'fileName',
      render: (_, d) => (
        <>
          <div className="break-all">{d.fileName ?? t('common.empty')}</div>
          {d.fileSize !== null ? <Typography.Text type="secondary">{formatBytes(d.fileSize)}</Typography.Text> : null}
        </>
      ),
    },
    {
      title: t('safebox.field.sha256'),
      dataIndex: 'sha256',
      render: (h: string) => (
        <Typography.Text className="mono" title={h}>
          {shortHash(h)}
        </Typography.Text>
      ),
    },
    { title: t('safebox.field.depositedAt'), dataIndex: 'depositedAt', render: (v: string) => <span className="nowrap">{formatDateTime(v)}</span> },
    { title: t('safebox.field.status'), dataIndex: 'sequenced', render: (s: boolean) => <SequencedTag sequenced={s} /> },
    { title: t('safebox.field.notarisation'), dataIndex: 'notarisation', render: (s: NotarisationStatus | null) => <NotarisationTag status={s} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('safebox.list.title')}
        extra={
          <Space wrap>
            {can(user, 'safebox.deposit') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/safebox/new')}>
                {t('safebox.list.newDeposit')}
              </Button>
            ) : null}
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportList()}>
              {t('safebox.list.export')}
            </Button>
            <Button icon={<SafetyCertificateOutlined />} href="/safebox/verify" target="_blank" rel="noopener">
              {t('safebox.list.verify')}
            </Button>
          </Space>
        }
      />
      <Card className="filter-bar">
        <Form<FilterValues> form={form} layout="vertical" name="safebox-filter" onFinish={submit}>
          <Row gutter={16}>
            <Col xs={24} sm={12} lg={7}>
              <Form.Item label={t('safebox.list.keywordLabel')} name="q">
                <Input placeholder={t('safebox.list.keyword')} allowClear maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6} lg={4}>
              <Form.Item label={t('safebox.field.category')} name="category">
                <Select allowClear placeholder={t('common.all')} options={safeboxCategories.map((c) => ({ value: c, label: labelOf('safebox.category', c) }))} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6} lg={4}>
              <Form.Item label={t('safebox.field.notarisation')} name="notarisation">
                <Select allowClear placeholder={t('common.all')} options={notarisationFilters.map((s) => ({ value: s, label: t(`safebox.notarisation.${s}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={5}>
              <Form.Item label={t('safebox.list.dateRange')} name="range">
                <DatePicker.RangePicker className="full-width" allowEmpty={[true, true]} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={4}>
              <Form.Item label=" " colon={false}>
                <Space>
                  <FilterActions onReset={() => setParams({ page: 1, pageSize: params.pageSize })} />
                </Space>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {list.error ? (
        <LoadFailedAlert error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <DataView<DepositSummary>
          rows={list.data?.items}
          rowKey={(d) => d.id}
          columns={columns}
          loading={list.isFetching}
          ariaLabel={t('safebox.list.ariaLabel')}
          emptyText={filtered ? t('safebox.list.emptyFiltered') : t('safebox.list.empty')}
          pagination={{ page: params.page, pageSize: params.pageSize, total: list.data?.total ?? 0, onChange: (page, pageSize) => setParams({ ...params, page, pageSize }) }}
          renderCard={(d) => (
            <Card size="small" title={<Link to={depositPath(d)}>{d.title}</Link>} extra={<SequencedTag sequenced={d.sequenced} />}>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('safebox.field.index')}>{d.index}</Descriptions.Item>
                <Descriptions.Item label={t('safebox.field.depositedAt')}>{formatDateTime(d.depositedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('safebox.field.fileName')}>
                  <span className="break-all">{d.fileName ?? t('common.empty')}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('safebox.field.notarisation')}>
                  <NotarisationTag status={d.notarisation} />
                </Descriptions.Item>
              </Descriptions>
            </Card>
          )}
        />
      )}
    </>
  );
}
