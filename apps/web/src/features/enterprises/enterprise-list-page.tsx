import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AuditOutlined, DownloadOutlined, DownOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Dropdown, Form, Input, Row, Select, Space, Tag, type TableColumnsType } from 'antd';
import type { EnterpriseSummary, QualificationKind } from '@yunju/contracts';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DataView } from '../../components/data-view.tsx';
import { downloadFile } from '../../components/download.ts';
import { useErrorMessage } from '../../components/error-message.ts';
import { FilterActions } from '../../components/filter-actions.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { qualificationKinds } from '../../components/qualification-kinds.ts';
import { QualificationTags } from '../../components/qualification-tags.tsx';
import { compactParams } from '../../components/search-params.ts';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { listExportPath, statsExportPath } from './enterprise-file-api.ts';
import { EnterpriseFormDrawer } from './enterprise-form-drawer.tsx';
import { enterpriseListQuery, listParamsFromSearch, townsQuery, type AboveScale } from './enterprises-api.ts';
import { StatsImportModal } from './stats-import-modal.tsx';
import './enterprises.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

interface FilterValues {
  keyword?: string;
  town?: string | null;
  /** '' is "all". */
  aboveScale?: AboveScale | '';
  qualification?: QualificationKind | null;
}

export function AboveScaleTag({ enterprise }: { enterprise: EnterpriseSummary }) {
  const { t } = useTranslation();
  return enterprise.isAboveScale ? <Tag color="success">{t('enterprise.aboveScale')}</Tag> : null;
}

export default function EnterpriseListPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => listParamsFromSearch(searchParams), [searchParams]);
  const [form] = Form.useForm<FilterValues>();
  const list = useQuery({ ...enterpriseListQuery(query), placeholderData: keepPreviousData });
  const towns = useQuery(townsQuery);
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const canManage = can(user, 'enterprise.manage');
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const lastYear = new Date().getFullYear() - 1;

  const download = async (path: string, q: Record<string, string | number | boolean | undefined> | undefined, fallback: string) => {
    setExporting(true);
    try {
      await downloadFile(path, q, fallback);
    } catch (error) {
      void message.error(messageOf(error));
    } finally {
      setExporting(false);
    }
  };
  const { page: _page, pageSize: _pageSize, ...filters } = query;

  useEffect(() => {
    form.setFieldsValue({
      keyword: query.keyword ?? '',
      town: query.town ?? null,
      aboveScale: query.aboveScale ?? '',
      qualification: query.qualification ?? null,
    });
  }, [form, query]);

  // A new filter starts again at page 1 (no `page` in the URL).
  const search = (values: FilterValues) => {
    setSearchParams(
      compactParams({
        keyword: values.keyword?.trim(),
        town: values.town,
        aboveScale: values.aboveScale,
        qualification: values.qualification,
        pageSize: query.pageSize === 20 ? undefined : query.pageSize,
        industry: query.industry,
      }),
    );
  };

  const onPage = (page: number, pageSize: number) => {
    const next = new URLSearchParams(searchParams);
    next.set('page', String(pageSize === query.pageSize ? page : 1));
    next.set('pageSize', String(pageSize));
    setSearchParams(next);
  };

  const detailPath = (e: EnterpriseSummary) => `/enterprises/${encodeURIComponent(e.id)}`;
  const columns: TableColumnsType<EnterpriseSummary> = [
    {
      key: 'name',
      title: t('enterprise.name'),
      render: (_, e) => (
        <Space size={4} wrap>
          <Link to={detailPath(e)}>{e.name}</Link>
          <AboveScaleTag enterprise={e} />
        </Space>
      ),
    },
    { key: 'creditCode', title: t('enterprise.creditCode'), render: (_, e) => <span className="mono nowrap">{e.creditCode}</span> },
    { key: 'town', title: t('enterprise.town'), dataIndex: 'townName' },
    { key: 'industry', title: t('enterprise.industry'), dataIndex: 'industryName', width: 200, ellipsis: { showTitle: true } },
    { key: 'size', title: t('enterprise.size'), render: (_, e) => labelOf('size', e.size) },
    { key: 'qualifications', title: t('enterprise.qualifications'), render: (_, e) => <QualificationTags kinds={e.qualifications} max={2} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('enterprise.listTitle')}
        extra={
          <Space wrap>
            {canManage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('enterprise.new')}
              </Button>
            ) : null}
            {canManage ? (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('enterprise.import.open')}
              </Button>
            ) : null}
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'list', label: t('enterprise.export.list') },
                  { type: 'divider' },
                  ...[lastYear, lastYear - 1, lastYear - 2].map((year) => ({ key: `stats-${year}`, label: t('enterprise.export.stats', { year }) })),
                ],
                onClick: ({ key }) => {
                  if (key === 'list') void download(listExportPath, { ...filters }, 'enterprises.xlsx');
                  else void download(statsExportPath, { year: Number(key.slice(6)) }, 'stats.xlsx');
                },
              }}
            >
              <Button icon={<DownloadOutlined />} loading={exporting}>
                {t('enterprise.export.button')} <DownOutlined />
              </Button>
            </Dropdown>
            {canManage ? (
              <Button icon={<AuditOutlined />} onClick={() => void navigate('/enterprises/corrections')}>
                {t('enterprise.corrections.open')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Card className="filter-bar">
        <Form<FilterValues> form={form} layout="vertical" onFinish={search} name="enterprise-filter">
          <Row gutter={16}>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item label={t('enterprise.keyword')} name="keyword">
                <Input placeholder={t('enterprise.keywordPlaceholder')} allowClear maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={5}>
              <Form.Item label={t('enterprise.town')} name="town">
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={towns.isPending}
                  placeholder={t('enterprise.townPlaceholder')}
                  options={(towns.data ?? []).map((town) => ({ value: town.code, label: town.name }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={4}>
              <Form.Item label={t('enterprise.aboveScale')} name="aboveScale">
                <Select<AboveScale | ''>
                  placeholder={t('common.all')}
                  options={[
                    { value: '', label: t('common.all') },
                    { value: 'true', label: t('enterprise.aboveScaleOnly') },
                    { value: 'false', label: t('enterprise.notAboveScale') },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={7}>
              <Form.Item label={t('enterprise.qualifications')} name="qualification">
                <Select<QualificationKind>
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('enterprise.qualificationPlaceholder')}
                  options={qualificationKinds.map((kind) => ({ value: kind, label: labelOf('qualification', kind) }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Space wrap>
            {query.industry ? (
              <Tag
                closable
                onClose={() => {
                  const next = new URLSearchParams(searchParams);
                  next.delete('industry');
                  next.delete('page');
                  setSearchParams(next);
                }}
              >
                {t('enterprise.industryFilter', { code: query.industry })}
              </Tag>
            ) : null}
            <FilterActions
              onReset={() => {
                form.resetFields();
                setSearchParams({});
              }}
            />
          </Space>
        </Form>
      </Card>
      {list.error ? (
        <div className="block-gap">
          <LoadFailedAlert error={list.error} onRetry={() => list.refetch()} />
        </div>
      ) : null}
      <Card className="block-gap">
        <DataView<EnterpriseSummary>
          ariaLabel={t('enterprise.listTitle')}
          rows={list.data?.items}
          rowKey={(e) => e.id}
          columns={columns}
          loading={list.isFetching}
          emptyText={t('enterprise.empty')}
          pagination={{ page: query.page, pageSize: query.pageSize, total: list.data?.total ?? 0, onChange: onPage }}
          renderCard={(e) => (
            <Card size="small" title={<Link to={detailPath(e)}>{e.name}</Link>} extra={<AboveScaleTag enterprise={e} />}>
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'creditCode', label: t('enterprise.creditCode'), children: <span className="mono">{e.creditCode}</span> },
                  { key: 'town', label: t('enterprise.town'), children: e.townName },
                  { key: 'industry', label: t('enterprise.industry'), children: e.industryName },
                  { key: 'qualifications', label: t('enterprise.qualifications'), children: <QualificationTags kinds={e.qualifications} /> },
                ]}
              />
            </Card>
          )}
        />
      </Card>
      {canManage ? <EnterpriseFormDrawer open={creating} onClose={() => setCreating(false)} /> : null}
      {canManage ? <StatsImportModal open={importing} onClose={() => setImporting(false)} /> : null}
    </>
  );
}
