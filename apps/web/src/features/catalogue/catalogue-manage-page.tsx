import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ResourceSummary, ServiceItemSummary } from '@yunju/contracts';
import {
  catalogueStatusFilters,
  resourceKinds,
  serviceItemCategories,
  type CatalogueStatusFilterCode,
  type ResourceKindCode,
  type ServiceItemCategoryCode,
} from '@yunju/contracts/catalogue-codes';
import { App, Button, Card, Col, Descriptions, Dropdown, Flex, Form, Input, Row, Select, Space, Tabs, Tooltip, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataView } from '../../components/data-view.tsx';
import { FilterActions } from '../../components/filter-actions.tsx';
import { downloadFile } from '../../components/download.ts';
import { useErrorMessage } from '../../components/error-message.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { compactParams } from '../../components/search-params.ts';
import { formatDate } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { townsQuery } from '../enterprises/enterprises-api.ts';
import { canManage, departmentsQuery, exportPath, itemListQuery, resourceListQuery, type CatalogueKind } from './catalogue-api.ts';
import { CategoryTag, KindTag, PromisedDays, StatusTag } from './catalogue-tags.tsx';
import { ImportModal } from './import-modal.tsx';
import { ItemFormDrawer } from './item-form-drawer.tsx';
import { exportQuery, itemParamsFromSearch, manageTabOf, resourceParamsFromSearch, type ManageTab } from './manage-params.ts';
import { ResourceFormDrawer } from './resource-form-drawer.tsx';
import { StatusModal, type StatusTarget } from './status-modal.tsx';
import { VersionsDrawer } from './versions-drawer.tsx';
import './catalogue.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

interface Filters {
  keyword?: string;
  /** `field:order`, e.g. `promisedDays:desc`. */
  sort?: string;
  category?: ServiceItemCategoryCode | null;
  kind?: ResourceKindCode | null;
  department?: string | null;
  town?: string | null;
  status?: CatalogueStatusFilterCode;
}

/** Export the list's current filters to Excel. */
function ExportButton({ kind, query }: { kind: CatalogueKind; query: Record<string, string | number | undefined> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const hide = message.loading(t('catalogue.manage.exporting'), 0);
    try {
      const name = await downloadFile(exportPath(kind), query, kind === 'items' ? 'service-items.xlsx' : 'resources.xlsx');
      void message.success(t('catalogue.manage.exported', { name }));
    } catch (error) {
      void message.error(messageOf(error));
    } finally {
      hide();
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>
      {t('catalogue.manage.export')}
    </Button>
  );
}

/** The row's actions: edit, versions, withdraw/restore for one's own department; view for the rest. */
function RowActions({
  editable,
  readOnlyHint,
  viewPath,
  onEdit,
  onHistory,
  status,
  onStatus,
}: {
  editable: boolean;
  readOnlyHint: string;
  viewPath: string;
  onEdit: () => void;
  onHistory?: () => void;
  status: 'in_force' | 'withdrawn';
  onStatus: () => void;
}) {
  const { t } = useTranslation();
  const more = [
    ...(onHistory ? [{ key: 'history', label: t('catalogue.manage.history'), onClick: onHistory }] : []),
    ...(editable
      ? [
          status === 'in_force'
            ? { key: 'withdraw', label: t('catalogue.manage.withdraw'), danger: true, onClick: onStatus }
            : { key: 'restore', label: t('catalogue.manage.restore'), onClick: onStatus },
        ]
      : []),
  ];
  return (
    <Space size={0} className="nowrap">
      {editable ? (
        <Button type="link" size="small" onClick={onEdit}>
          {t('catalogue.manage.edit')}
        </Button>
      ) : (
        <Tooltip title={readOnlyHint}>
          <Link to={viewPath} className="ant-btn ant-btn-link ant-btn-sm">
            {t('catalogue.manage.view')}
          </Link>
        </Tooltip>
      )}
      {more.length === 1 && more[0] ? (
        <Button type="link" size="small" danger={'danger' in more[0] && more[0].danger} onClick={more[0].onClick}>
          {more[0].label}
        </Button>
      ) : more.length > 1 ? (
        <Dropdown menu={{ items: more.map(({ onClick, ...item }) => ({ ...item, onClick: () => onClick() })) }} trigger={['click']}>
          <Button type="link" size="small">
            {t('catalogue.manage.more')}
          </Button>
        </Dropdown>
      ) : null}
    </Space>
  );
}

function ItemsTab() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => itemParamsFromSearch(searchParams), [searchParams]);
  const list = useQuery({ ...itemListQuery(query), placeholderData: keepPreviousData });
  const departments = useQuery(departmentsQuery);
  const [form] = Form.useForm<Filters>();
  const [editing, setEditing] = useState<string | null>(null);
  const [history, setHistory] = useState<{ id: string; name: string } | null>(null);
  const [statusTarget, setStatusTarget] = useState<StatusTarget | null>(null);
  const [importing, setImporting] = useState(false);
  const mayCreate = can(user, 'catalogue.manage') && (user.role === 'bureau_admin' || user.departmentId !== null);

  useEffect(() => {
    form.setFieldsValue({
      keyword: query.keyword ?? '',
      category: query.category ?? null,
      department: query.department ?? null,
      status: query.status ?? 'in_force',
      sort: `${query.sort ?? 'code'}:${query.order ?? 'asc'}`,
    });
  }, [form, query]);

  const search = (v: Filters) => {
    const [sort, order] = (v.sort ?? 'code:asc').split(':');
    setSearchParams(
      compactParams({
        keyword: v.keyword?.trim(),
        category: v.category,
        department: v.department,
        status: v.status === 'in_force' ? undefined : v.status,
        sort: sort === 'code' ? undefined : sort,
        order: order === 'asc' ? undefined : order,
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

  const viewPath = (i: ServiceItemSummary) => `/hall/items/${encodeURIComponent(i.id)}`;
  const actions = (i: ServiceItemSummary) => (
    <RowActions
      editable={canManage(user, i.leadDepartmentId)}
      readOnlyHint={t('catalogue.manage.readOnly')}
      viewPath={viewPath(i)}
      onEdit={() => setEditing(i.id)}
      onHistory={() => setHistory({ id: i.id, name: i.name })}
      status={i.status}
      onStatus={() => setStatusTarget({ kind: 'items', id: i.id, name: i.name, action: i.status === 'in_force' ? 'withdraw' : 'restore' })}
    />
  );
  const columns: TableColumnsType<ServiceItemSummary> = [
    { key: 'code', title: t('catalogue.item.code'), width: 96, render: (_, i) => <span className="mono nowrap">{i.code}</span> },
    { key: 'name', title: t('catalogue.item.name'), render: (_, i) => <Link to={viewPath(i)}>{i.name}</Link> },
    { key: 'category', title: t('catalogue.item.category'), width: 120, className: 'wrap-tag', render: (_, i) => <CategoryTag category={i.category} /> },
    { key: 'lead', title: t('catalogue.item.leadDepartment'), width: 150, ellipsis: { showTitle: true }, dataIndex: 'leadDepartmentName' },
    { key: 'days', title: t('catalogue.item.promisedDays'), width: 120, render: (_, i) => <PromisedDays days={i.promisedDays} /> },
    { key: 'status', title: t('catalogue.item.status'), width: 84, render: (_, i) => <StatusTag status={i.status} /> },
    {
      key: 'version',
      title: t('catalogue.item.version'),
      width: 126,
      render: (_, i) => (
        <span className="nowrap">
          v{i.version} · {formatDate(i.updatedAt)}
        </span>
      ),
    },
    { key: 'actions', title: t('catalogue.manage.actions'), width: 120, fixed: 'right', render: (_, i) => actions(i) },
  ];

  return (
    <>
      <Form<Filters> form={form} layout="vertical" onFinish={search} name="catalogue-item-filter" className="filter-bar">
        <Row gutter={16}>
          <Col xs={24} sm={12} lg={5}>
            <Form.Item label={t('catalogue.manage.keyword')} name="keyword">
              <Input allowClear maxLength={100} placeholder={t('catalogue.manage.itemKeywordPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={4}>
            <Form.Item label={t('catalogue.item.category')} name="category">
              <Select
                allowClear
                placeholder={t('catalogue.hall.allCategories')}
                options={serviceItemCategories.map((c) => ({ value: c, label: labelOf('catalogue.category', c) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={7}>
            <Form.Item label={t('catalogue.item.department')} name="department">
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('catalogue.hall.allDepartments')}
                loading={departments.isPending}
                options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.id === user.departmentId ? `${d.name}（${t('catalogue.manage.ownDepartment')}）` : d.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6} lg={4}>
            <Form.Item label={t('catalogue.manage.statusFilter')} name="status">
              <Select options={catalogueStatusFilters.map((s) => ({ value: s, label: labelOf('catalogue.status', s) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6} lg={4}>
            <Form.Item label={t('catalogue.manage.sort')} name="sort">
              <Select
                popupMatchSelectWidth={false}
                options={(['code:asc', 'name:asc', 'promisedDays:asc', 'promisedDays:desc'] as const).map((value) => ({
                  value,
                  label: t(`catalogue.manage.sortBy.${value.replace(':', '_') as 'code_asc' | 'name_asc' | 'promisedDays_asc' | 'promisedDays_desc'}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Flex justify="space-between" wrap gap={8} className="manage-toolbar">
          <Space wrap>
            <FilterActions
              onReset={() => {
                form.resetFields();
                setSearchParams({});
              }}
            />
            {user.departmentId ? (
              <Button type="link" onClick={() => setSearchParams({ department: user.departmentId ?? '' })}>
                {t('catalogue.manage.ownDepartment')}
              </Button>
            ) : null}
          </Space>
          <Space wrap>
            {mayCreate ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('catalogue.manage.newItem')}
              </Button>
            ) : null}
            {mayCreate ? (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('catalogue.manage.import')}
              </Button>
            ) : null}
            <ExportButton kind="items" query={exportQuery(query)} />
          </Space>
        </Flex>
      </Form>
      {list.error ? (
        <LoadFailedAlert error={list.error} onRetry={() => list.refetch()} />
      ) : null}
      <DataView<ServiceItemSummary>
        ariaLabel={t('catalogue.tab.items')}
        rows={list.data?.items}
        rowKey={(i) => i.id}
        columns={columns}
        scrollX={960}
        loading={list.isFetching}
        emptyText={t('catalogue.manage.itemsEmpty')}
        pagination={{ page: query.page, pageSize: query.pageSize, total: list.data?.total ?? 0, onChange: onPage }}
        renderCard={(i) => (
          <Card size="small" title={<Link to={viewPath(i)}>{i.name}</Link>} extra={<StatusTag status={i.status} />} actions={[<div key="a">{actions(i)}</div>]}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'code', label: t('catalogue.item.code'), children: <span className="mono">{i.code}</span> },
                { key: 'category', label: t('catalogue.item.category'), children: <CategoryTag category={i.category} /> },
                { key: 'lead', label: t('catalogue.item.leadDepartment'), children: i.leadDepartmentName },
                { key: 'days', label: t('catalogue.item.promisedDays'), children: <PromisedDays days={i.promisedDays} /> },
                { key: 'version', label: t('catalogue.item.version'), children: `v${i.version} · ${formatDate(i.updatedAt)}` },
              ]}
            />
          </Card>
        )}
      />
      <ItemFormDrawer target={editing} onClose={() => setEditing(null)} />
      <VersionsDrawer item={history} onClose={() => setHistory(null)} />
      <StatusModal target={statusTarget} onClose={() => setStatusTarget(null)} />
      <ImportModal kind="items" open={importing} onClose={() => setImporting(false)} />
    </>
  );
}

function ResourcesTab() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => resourceParamsFromSearch(searchParams), [searchParams]);
  const list = useQuery({ ...resourceListQuery(query), placeholderData: keepPreviousData });
  const departments = useQuery(departmentsQuery);
  const towns = useQuery(townsQuery);
  const [form] = Form.useForm<Filters>();
  const [editing, setEditing] = useState<string | null>(null);
  const [statusTarget, setStatusTarget] = useState<StatusTarget | null>(null);
  const [importing, setImporting] = useState(false);
  const mayCreate = can(user, 'catalogue.manage') && (user.role === 'bureau_admin' || user.departmentId !== null);

  useEffect(() => {
    form.setFieldsValue({
      keyword: query.keyword ?? '',
      kind: query.kind ?? null,
      department: query.department ?? null,
      town: query.town ?? null,
      status: query.status ?? 'in_force',
    });
  }, [form, query]);

  const search = (v: Filters) =>
    setSearchParams(
      compactParams({
        tab: 'resources',
        keyword: v.keyword?.trim(),
        kind: v.kind,
        department: v.department,
        town: v.town,
        status: v.status === 'in_force' ? undefined : v.status,
        pageSize: query.pageSize === 20 ? undefined : query.pageSize,
      }),
    );
  const onPage = (page: number, pageSize: number) => {
    const next = new URLSearchParams(searchParams);
    next.set('page', String(pageSize === query.pageSize ? page : 1));
    next.set('pageSize', String(pageSize));
    setSearchParams(next);
  };

  const viewPath = (r: ResourceSummary) => `/hall/resources/${encodeURIComponent(r.id)}`;
  const actions = (r: ResourceSummary) => (
    <RowActions
      editable={canManage(user, r.departmentId)}
      readOnlyHint={t('catalogue.manage.readOnlyResource')}
      viewPath={viewPath(r)}
      onEdit={() => setEditing(r.id)}
      status={r.status}
      onStatus={() => setStatusTarget({ kind: 'resources', id: r.id, name: r.name, action: r.status === 'in_force' ? 'withdraw' : 'restore' })}
    />
  );
  const columns: TableColumnsType<ResourceSummary> = [
    { key: 'code', title: t('catalogue.resource.code'), width: 96, render: (_, r) => <span className="mono nowrap">{r.code}</span> },
    { key: 'name', title: t('catalogue.resource.name'), render: (_, r) => <Link to={viewPath(r)}>{r.name}</Link> },
    { key: 'kind', title: t('catalogue.resource.kind'), width: 110, className: 'wrap-tag', render: (_, r) => <KindTag kind={r.kind} /> },
    { key: 'department', title: t('catalogue.resource.department'), width: 150, ellipsis: { showTitle: true }, dataIndex: 'departmentName' },
    { key: 'town', title: t('catalogue.resource.town'), width: 96, render: (_, r) => r.townName ?? t('common.empty') },
    {
      key: 'contact',
      title: t('catalogue.resource.contactName'),
      width: 150,
      render: (_, r) => (
        <span className="nowrap">
          {r.contactName} <span className="mono">{r.contactPhone}</span>
        </span>
      ),
    },
    { key: 'status', title: t('catalogue.resource.status'), width: 84, render: (_, r) => <StatusTag status={r.status} /> },
    { key: 'actions', title: t('catalogue.manage.actions'), width: 120, fixed: 'right', render: (_, r) => actions(r) },
  ];

  return (
    <>
      <Form<Filters> form={form} layout="vertical" onFinish={search} name="catalogue-resource-filter" className="filter-bar">
        <Row gutter={16}>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label={t('catalogue.manage.keyword')} name="keyword">
              <Input allowClear maxLength={100} placeholder={t('catalogue.manage.resourceKeywordPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={4}>
            <Form.Item label={t('catalogue.resource.kind')} name="kind">
              <Select allowClear placeholder={t('catalogue.hall.allKinds')} options={resourceKinds.map((k) => ({ value: k, label: labelOf('catalogue.kind', k) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <Form.Item label={t('catalogue.resource.department')} name="department">
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('catalogue.hall.allDepartments')}
                loading={departments.isPending}
                options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.id === user.departmentId ? `${d.name}（${t('catalogue.manage.ownDepartment')}）` : d.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <Form.Item label={t('catalogue.resource.town')} name="town">
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('catalogue.hall.allTowns')}
                loading={towns.isPending}
                options={(towns.data ?? []).map((town) => ({ value: town.id, label: town.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={4}>
            <Form.Item label={t('catalogue.manage.statusFilter')} name="status">
              <Select options={catalogueStatusFilters.map((s) => ({ value: s, label: labelOf('catalogue.status', s) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Flex justify="space-between" wrap gap={8} className="manage-toolbar">
          <Space wrap>
            <FilterActions
              onReset={() => {
                form.resetFields();
                setSearchParams({ tab: 'resources' });
              }}
            />
            {user.departmentId ? (
              <Button type="link" onClick={() => setSearchParams({ tab: 'resources', department: user.departmentId ?? '' })}>
                {t('catalogue.manage.ownDepartment')}
              </Button>
            ) : null}
          </Space>
          <Space wrap>
            {mayCreate ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('catalogue.manage.newResource')}
              </Button>
            ) : null}
            {mayCreate ? (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('catalogue.manage.import')}
              </Button>
            ) : null}
            <ExportButton kind="resources" query={exportQuery(query)} />
          </Space>
        </Flex>
      </Form>
      {list.error ? (
        <LoadFailedAlert error={list.error} onRetry={() => list.refetch()} />
      ) : null}
      <DataView<ResourceSummary>
        ariaLabel={t('catalogue.tab.resources')}
        rows={list.data?.items}
        rowKey={(r) => r.id}
        columns={columns}
        scrollX={940}
        loading={list.isFetching}
        emptyText={t('catalogue.manage.resourcesEmpty')}
        pagination={{ page: query.page, pageSize: query.pageSize, total: list.data?.total ?? 0, onChange: onPage }}
        renderCard={(r) => (
          <Card size="small" title={<Link to={viewPath(r)}>{r.name}</Link>} extra={<StatusTag status={r.status} />} actions={[<div key="a">{actions(r)}</div>]}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'code', label: t('catalogue.resource.code'), children: <span className="mono">{r.code}</span> },
                { key: 'kind', label: t('catalogue.resource.kind'), children: <KindTag kind={r.kind} /> },
                { key: 'owner', label: t('catalogue.resource.ownerOrg'), children: r.ownerOrg },
                { key: 'department', label: t('catalogue.resource.department'), children: r.departmentName },
                { key: 'contact', label: t('catalogue.resource.contactName'), children: <span>{r.contactName} <span className="mono">{r.contactPhone}</span></span> },
              ]}
            />
          </Card>
        )}
      />
      <ResourceFormDrawer target={editing} onClose={() => setEditing(null)} />
      <StatusModal target={statusTarget} onClose={() => setStatusTarget(null)} />
      <ImportModal kind="resources" open={importing} onClose={() => setImporting(false)} />
    </>
  );
}

export default function CatalogueManagePage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = manageTabOf(searchParams);
  const tabs: { key: ManageTab; label: string; children: ReactNode }[] = [
    { key: 'items', label: t('catalogue.tab.items'), children: tab === 'items' ? <ItemsTab /> : null },
    { key: 'resources', label: t('catalogue.tab.resources'), children: tab === 'resources' ? <ResourcesTab /> : null },
  ];
  return (
    <>
      <PageHeader title={t('catalogue.manage.title')} subTitle={t('catalogue.manage.description')} />
      <Card>
        <Tabs activeKey={tab} onChange={(key) => setSearchParams(key === 'resources' ? { tab: 'resources' } : {})} items={tabs} />
      </Card>
    </>
  );
}
