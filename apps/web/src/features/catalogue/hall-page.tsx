import { RightOutlined } from '@ant-design/icons';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { resourceKinds, serviceItemCategories, type ResourceKindCode, type ServiceItemCategoryCode } from '@yunju/contracts/catalogue-codes';
import { Button, Card, Col, Empty, Input, Pagination, Row, Select, Skeleton, Tabs, Typography } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { ProblemAlert, LoadFailedAlert } from '../../components/problem-alert.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatNumber } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { townsQuery } from '../enterprises/enterprises-api.ts';
import { catalogueSearchQuery, departmentsQuery, itemListQuery, resourceListQuery } from './catalogue-api.ts';
import { CategoryTag, ChannelTags, KindTag, PromisedDays, StatusTag } from './catalogue-tags.tsx';
import { categoryIcons, kindIcons } from './category-icons.tsx';
import { hallParamsFromSearch, hallRequest, hallSearch, rowFromHit, rowFromItem, rowFromResource, rowPath, type HallParams, type HallRow, type HallTab } from './hall-params.ts';
import { Highlighted } from './highlight.tsx';
import './catalogue.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

const searchDelayMs = 350;

function Tile({ icon, label, count, onClick, active }: { icon: ReactNode; label: string; count: number | undefined; onClick: () => void; active?: boolean }) {
  const { t } = useTranslation();
  return (
    <button type="button" className={active ? 'hall-tile hall-tile-active' : 'hall-tile'} onClick={onClick} aria-pressed={active ?? false}>
      <span className="hall-tile-icon" aria-hidden>
        {icon}
      </span>
      <span className="hall-tile-label">{label}</span>
      <span className="hall-tile-count">{count === undefined ? '…' : t('catalogue.hall.tileCount', { n: formatNumber(count) })}</span>
    </button>
  );
}

function CategoryTiles({ active, onPick }: { active?: ServiceItemCategoryCode; onPick: (c: ServiceItemCategoryCode) => void }) {
  const counts = useQueries({
    queries: serviceItemCategories.map((category) => ({ ...itemListQuery({ category, page: 1, pageSize: 1 }), staleTime: 5 * 60_000 })),
  });
  return (
    <div className="hall-tiles">
      {serviceItemCategories.map((category, i) => (
        <Tile
          key={category}
          icon={categoryIcons[category]}
          label={labelOf('catalogue.category', category)}
          count={counts[i]?.data?.total}
          active={active === category}
          onClick={() => onPick(category)}
        />
      ))}
    </div>
  );
}

function KindTiles({ active, onPick }: { active?: ResourceKindCode; onPick: (k: ResourceKindCode | undefined) => void }) {
  const counts = useQueries({
    queries: resourceKinds.map((kind) => ({ ...resourceListQuery({ kind, page: 1, pageSize: 1 }), staleTime: 5 * 60_000 })),
  });
  return (
    <div className="hall-tiles">
      {resourceKinds.map((kind, i) => (
        <Tile
          key={kind}
          icon={kindIcons[kind]}
          label={labelOf('catalogue.kind', kind)}
          count={counts[i]?.data?.total}
          active={active === kind}
          onClick={() => onPick(active === kind ? undefined : kind)}
        />
      ))}
    </div>
  );
}

/** One result: the name (matches marked), tags, the department and where else the query matched. */
function ResultRow({ row }: { row: HallRow }) {
  const { t } = useTranslation();
  return (
    <li className="hall-result">
      <Link to={rowPath(row)} className="hall-result-title">
        <Highlighted text={row.name} ranges={row.nameRanges} />
      </Link>
      <div className="hall-result-tags">
        {row.category ? <CategoryTag category={row.category} /> : null}
        {row.kind ? <KindTag kind={row.kind} /> : null}
        <StatusTag status={row.status} hideInForce />
        <Typography.Text type="secondary" className="mono hall-result-code">
          {row.code}
        </Typography.Text>
      </div>
      <div className="hall-result-meta">
        <span>{row.departmentName}</span>
        {row.ownerOrg ? <span>{row.ownerOrg}</span> : null}
        {row.townName ? <span>{row.townName}</span> : null}
        {row.promisedDays !== null ? (
          <span>
            {t('catalogue.item.promisedDays')} <PromisedDays days={row.promisedDays} />
          </span>
        ) : null}
        {row.availability ? <span>{labelOf('catalogue.availability', row.availability)}</span> : null}
        {row.channels.length > 0 ? <ChannelTags channels={row.channels} /> : null}
      </div>
      {row.snippets.map((h) => (
        <div key={h.field} className="hall-result-snippet">
          <Typography.Text type="secondary">{t('catalogue.hall.matchedIn', { field: labelOf('catalogue.field', h.field) })}</Typography.Text>
          <Highlighted text={h.text} ranges={h.ranges} />
        </div>
      ))}
    </li>
  );
}

function ResultList({
  rows,
  total,
  loading,
  params,
  emptyText,
  onPage,
}: {
  rows: HallRow[] | undefined;
  total: number;
  loading: boolean;
  params: HallParams;
  emptyText: string;
  onPage: (page: number, pageSize: number) => void;
}) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  if (!rows) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <div aria-busy={loading}>
      <ul className={loading ? 'hall-results hall-results-loading' : 'hall-results'}>
        {rows.map((row) => (
          <ResultRow key={`${row.type}-${row.id}`} row={row} />
        ))}
      </ul>
      <Pagination
        className="list-pagination"
        align="end"
        simple={isPhone}
        current={params.page}
        pageSize={params.pageSize}
        total={total}
        showTotal={(n) => t('common.total', { total: n })}
        showSizeChanger={!isPhone}
        pageSizeOptions={[10, 20, 50]}
        onChange={onPage}
      />
    </div>
  );
}

function Popular({ onAll }: { onAll: () => void }) {
  const { t } = useTranslation();
  const popular = useQuery(itemListQuery({ page: 1, pageSize: 8, sort: 'code' }));
  return (
    <Card
      title={t('catalogue.hall.popular')}
      extra={
        <Button type="link" onClick={onAll}>
          {t('catalogue.hall.allItems')} <RightOutlined />
        </Button>
      }
    >
      <p className="card-intro">{t('catalogue.hall.popularHint')}</p>
      {popular.error ? <ProblemAlert error={popular.error} /> : null}
      {popular.isPending ? (
        <Skeleton active />
      ) : popular.data ? (
        <ul className="hall-popular">
          {popular.data.items.map((item) => (
            <li key={item.id}>
              <Link to={rowPath(rowFromItem(item))}>{item.name}</Link>
              <Typography.Text type="secondary" className="hall-popular-meta">
                {item.leadDepartmentName} · <PromisedDays days={item.promisedDays} />
              </Typography.Text>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

export default function HallPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => hallParamsFromSearch(searchParams), [searchParams]);
  const request = useMemo(() => hallRequest(params), [params]);
  const departments = useQuery(departmentsQuery);
  const towns = useQuery({ ...townsQuery, enabled: params.tab === 'resources' });

  // The search box: typing searches after a short pause; Enter searches at once.
  const [text, setText] = useState(params.q);
  useEffect(() => setText(params.q), [params.q]);
  const go = (next: Partial<HallParams>, replace = false) =>
    setSearchParams(hallSearch({ ...params, page: 1, ...next }), { replace });
  useEffect(() => {
    if (text.trim() === params.q) return;
    const timer = window.setTimeout(() => go({ q: text, all: false }, params.q !== ''), searchDelayMs);
    return () => window.clearTimeout(timer);
    // Only the typed text restarts the timer.
  }, [text]);

  const search = useQuery({
    ...catalogueSearchQuery(request.mode === 'search' ? request.query : { q: '' }),
    enabled: request.mode === 'search',
    placeholderData: keepPreviousData,
  });
  // The other tab's total, for its label while searching.
  const otherTab: HallTab = params.tab === 'items' ? 'resources' : 'items';
  const otherCount = useQuery({
    ...catalogueSearchQuery({ q: params.q, type: otherTab === 'items' ? 'item' : 'resource', page: 1, pageSize: 1 }),
    enabled: request.mode === 'search',
  });
  const items = useQuery({
    ...itemListQuery(request.mode === 'items' ? request.query : {}),
    enabled: request.mode === 'items',
    placeholderData: keepPreviousData,
  });
  const resources = useQuery({
    ...resourceListQuery(request.mode === 'resources' ? request.query : {}),
    enabled: request.mode === 'resources',
    placeholderData: keepPreviousData,
  });

  const active = request.mode === 'search' ? search : request.mode === 'items' ? items : request.mode === 'resources' ? resources : null;
  const rows: HallRow[] | undefined =
    request.mode === 'search'
      ? search.data?.items.map(rowFromHit)
      : request.mode === 'items'
        ? items.data?.items.map(rowFromItem)
        : request.mode === 'resources'
          ? resources.data?.items.map(rowFromResource)
          : undefined;
  const total = (request.mode === 'search' ? search.data?.total : request.mode === 'items' ? items.data?.total : resources.data?.total) ?? 0;

  const onPage = (page: number, pageSize: number) => go({ page: pageSize === params.pageSize ? page : 1, pageSize });
  const tabLabel = (tab: HallTab) => {
    const label = t(tab === 'items' ? 'catalogue.tab.items' : 'catalogue.tab.resources');
    if (request.mode !== 'search') return label;
    const count = tab === params.tab ? search.data?.total : otherCount.data?.total;
    return count === undefined ? label : `${label} (${formatNumber(count)})`;
  };

  const departmentOptions = (departments.data ?? []).map((d) => ({ value: d.id, label: d.name }));
  const filters =
    request.mode === 'landing' ? null : params.tab === 'items' ? (
      <Row gutter={[12, 12]} className="hall-filters">
        <Col xs={24} sm={12} md={8}>
          <Select<ServiceItemCategoryCode>
            className="full-width"
            allowClear
            aria-label={t('catalogue.hall.categoryFilter')}
            placeholder={t('catalogue.hall.allCategories')}
            value={params.category}
            onChange={(category) => go({ category })}
            options={serviceItemCategories.map((c) => ({ value: c, label: labelOf('catalogue.category', c) }))}
          />
        </Col>
        <Col xs={24} sm={12} md={8}>
          <Select<string>
            className="full-width"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('catalogue.hall.departmentFilter')}
            placeholder={t('catalogue.hall.allDepartments')}
            loading={departments.isPending}
            value={params.department}
            onChange={(department) => go({ department })}
            options={departmentOptions}
          />
        </Col>
      </Row>
    ) : (
      <Row gutter={[12, 12]} className="hall-filters">
        <Col xs={24} sm={12} md={8}>
          <Select<ResourceKindCode>
            className="full-width"
            allowClear
            aria-label={t('catalogue.hall.kindFilter')}
            placeholder={t('catalogue.hall.allKinds')}
            value={params.kind}
            onChange={(kind) => go({ kind })}
            options={resourceKinds.map((k) => ({ value: k, label: labelOf('catalogue.kind', k) }))}
          />
        </Col>
        <Col xs={24} sm={12} md={8}>
          <Select<string>
            className="full-width"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('catalogue.hall.townFilter')}
            placeholder={t('catalogue.hall.allTowns')}
            loading={towns.isPending}
            value={params.town}
            onChange={(town) => go({ town })}
            options={(towns.data ?? []).map((town) => ({ value: town.id, label: town.name }))}
          />
        </Col>
      </Row>
    );

  const heading =
    request.mode === 'search'
      ? t('catalogue.hall.resultsFor', { q: params.q })
      : params.tab === 'items'
        ? params.category
          ? labelOf('catalogue.category', params.category)
          : t('catalogue.hall.allItems')
        : params.kind
          ? labelOf('catalogue.kind', params.kind)
          : t('catalogue.hall.allResources');
  const hasFilter = Boolean(params.q || params.category || params.department || params.kind || params.town || params.all);
  const expanded = request.mode === 'search' ? (search.data?.expandedTerms ?? []) : [];

  return (
    <>
      <PageHeader title={t('catalogue.hall.title')} subTitle={t('catalogue.hall.description')} />
      <Card className="hall-search">
        <Input.Search
          size="large"
          allowClear
          enterButton={t('common.search')}
          maxLength={100}
          value={text}
          aria-label={t('catalogue.hall.searchLabel')}
          placeholder={t('catalogue.hall.searchPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          onSearch={(value) => go({ q: value, all: false })}
        />
        <Tabs
          className="hall-tabs"
          activeKey={params.tab}
          onChange={(tab) => setSearchParams(hallSearch({ tab: tab as HallTab, q: params.q, department: params.department }))}
          items={(['items', 'resources'] as const).map((tab) => ({ key: tab, label: tabLabel(tab) }))}
        />
      </Card>

      {request.mode === 'landing' || (request.mode === 'resources' && !params.q) ? (
        <Card className="block-gap" title={params.tab === 'items' ? t('catalogue.hall.categories') : t('catalogue.hall.kinds')}>
          {params.tab === 'items' ? (
            <CategoryTiles active={params.category} onPick={(category) => go({ category, all: false })} />
          ) : (
            <KindTiles active={params.kind} onPick={(kind) => go({ kind })} />
          )}
        </Card>
      ) : null}

      {request.mode === 'landing' ? (
        <div className="block-gap">
          <Popular onAll={() => go({ all: true })} />
        </div>
      ) : (
        <Card
          className="block-gap"
          title={heading}
          extra={
            hasFilter ? (
              <Button type="link" onClick={() => setSearchParams(hallSearch({ tab: params.tab }))}>
                {t('catalogue.hall.clear')}
              </Button>
            ) : null
          }
        >
          {filters}
          {expanded.length > 0 ? (
            <p className="card-intro">{t('catalogue.hall.expanded', { terms: expanded.join(t('common.listSeparator')) })}</p>
          ) : null}
          {active?.error ? (
            <LoadFailedAlert error={active.error} onRetry={() => active.refetch()} />
          ) : (
            <ResultList
              rows={rows}
              total={total}
              loading={active?.isFetching ?? false}
              params={params}
              emptyText={request.mode === 'search' ? t('catalogue.hall.noResults') : t('catalogue.hall.emptyList')}
              onPage={onPage}
            />
          )}
        </Card>
      )}
    </>
  );
}
