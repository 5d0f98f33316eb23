import { SwapOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { EnterpriseSummary } from '@yunju/contracts';
import { Alert, Button, Card, Descriptions, Flex, Form, Select, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { ProblemAlert, LoadFailedAlert } from '../../components/problem-alert.tsx';
import { catalogueSearchQuery, itemQuery } from '../catalogue/catalogue-api.ts';
import { useOpenSubmitted } from './case-new-page.tsx';
import { CaseWizard } from './case-wizard.tsx';
import { enterpriseSearchQuery } from './cases-api.ts';
import './cases.css';
import '../enterprises/locale.ts'; // enterprise field labels of the chosen enterprise
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

/** A keyword after the user stopped typing for `ms`. */
function useDebounced(value: string, ms = 250): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Enterprise search by name or credit code (`GET /api/enterprises?keyword=`), focused on arrival. */
function EnterprisePicker({ value, onChange }: { value: EnterpriseSummary | null; onChange: (e: EnterpriseSummary | null) => void }) {
  const { t } = useTranslation();
  const [keyword, setKeyword] = useState('');
  const debounced = useDebounced(keyword.trim());
  const search = useQuery({ ...enterpriseSearchQuery(debounced), placeholderData: keepPreviousData });
  const found = debounced ? (search.data?.items ?? []) : [];
  const options = (value && !found.some((e) => e.id === value.id) ? [value, ...found] : found).map((e) => ({
    value: e.id,
    label: `${e.name}（${e.creditCode}）`,
    enterprise: e,
  }));

  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('cases.walkIn.enterprise')} required extra={t('cases.walkIn.enterpriseExtra')}>
        <Select
          autoFocus
          showSearch={{ filterOption: false, onSearch: setKeyword, searchValue: keyword }}
          allowClear
          value={value?.id ?? null}
          placeholder={t('cases.walkIn.enterprisePlaceholder')}
          loading={search.isFetching}
          notFoundContent={debounced ? (search.isFetching ? t('common.loading') : t('cases.walkIn.noEnterprise')) : t('cases.walkIn.typeToSearch')}
          options={options}
          onChange={(id: string | null) => onChange(options.find((o) => o.value === id)?.enterprise ?? null)}
          aria-label={t('cases.walkIn.enterprise')}
        />
      </Form.Item>
      {search.error ? <ProblemAlert error={search.error} /> : null}
      {value ? (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'name', label: t('enterprise.name'), children: value.name },
            { key: 'creditCode', label: t('enterprise.creditCode'), children: <span className="mono">{value.creditCode}</span> },
            { key: 'town', label: t('enterprise.town'), children: value.townName },
            { key: 'industry', label: t('enterprise.industry'), children: value.industryName },
          ]}
        />
      ) : null}
    </Form>
  );
}

/** Without `?item=`: choose the service item first (search as in the hall). */
function ItemPicker({ onPick }: { onPick: (id: string) => void }) {
  const { t } = useTranslation();
  const [keyword, setKeyword] = useState('');
  const debounced = useDebounced(keyword.trim());
  const search = useQuery({ ...catalogueSearchQuery({ q: debounced, type: 'item', pageSize: 20 }), enabled: debounced.length > 0, placeholderData: keepPreviousData });
  const options = debounced
    ? (search.data?.items ?? []).map((hit) => ({ value: hit.id, label: `${hit.name}（${hit.code} · ${hit.departmentName}）` }))
    : [];
  return (
    <Card title={t('cases.walkIn.chooseItem')}>
      <Form layout="vertical" component="div">
        <Form.Item label={t('cases.field.item')} required extra={t('cases.walkIn.itemExtra')}>
          <Select
            autoFocus
            showSearch={{ filterOption: false, onSearch: setKeyword, searchValue: keyword }}
            value={null}
            placeholder={t('cases.walkIn.itemPlaceholder')}
            loading={search.isFetching}
            notFoundContent={debounced ? (search.isFetching ? t('common.loading') : t('cases.walkIn.noItem')) : t('cases.walkIn.typeToSearch')}
            options={options}
            onChange={(id: string) => onPick(id)}
            aria-label={t('cases.field.item')}
          />
        </Form.Item>
      </Form>
      {search.error ? <ProblemAlert error={search.error} /> : null}
    </Card>
  );
}

/** `/cases/walk-in?item=<id>`: the service desk registers a case for an enterprise at the window (窗口受理). */
export default function CaseWalkInPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const itemId = params.get('item');
  const item = useQuery({ ...itemQuery(itemId ?? ''), enabled: itemId !== null });
  const [enterprise, setEnterprise] = useState<EnterpriseSummary | null>(null);
  const onSubmitted = useOpenSubmitted();
  const changeItem = (
    <Button icon={<SwapOutlined />} onClick={() => setParams({})}>
      {t('cases.walkIn.changeItem')}
    </Button>
  );

  if (itemId === null) {
    return (
      <>
        <PageHeader title={t('cases.walkIn.title')} subTitle={t('cases.walkIn.hint')} />
        <ItemPicker onPick={(id) => setParams({ item: id })} />
      </>
    );
  }
  if (item.isPending) {
    return (
      <>
        <PageHeader title={t('cases.walkIn.title')} />
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </>
    );
  }
  if (item.error) {
    return (
      <>
        <PageHeader title={t('cases.walkIn.title')} extra={changeItem} />
        <LoadFailedAlert error={item.error} onRetry={() => item.refetch()} />
      </>
    );
  }
  const d = item.data;
  const unavailable = d.status !== 'in_force' ? t('cases.wizard.itemWithdrawn') : !d.channels.includes('desk') ? t('cases.walkIn.itemNotDesk') : null;

  return (
    <>
      <PageHeader
        title={t('cases.walkIn.titleFor', { name: d.name })}
        subTitle={
          <Flex gap={8} wrap align="center">
            <span className="mono">{d.code}</span>
            <span>· {d.leadDepartment.name}</span>
            <Tag color="blue">{t('cases.promisedDaysValue', { days: d.promisedDays })}</Tag>
            <Link to={`/hall/items/${encodeURIComponent(d.id)}`}>{t('cases.wizard.viewGuide')}</Link>
          </Flex>
        }
        extra={changeItem}
      />
      {unavailable ? (
        <Alert type="warning" showIcon title={unavailable} />
      ) : (
        <CaseWizard
          key={d.id}
          target={{ kind: 'item', item: d }}
          walkIn={{ enterprise }}
          draftKey={null}
          leadStep={{
            title: t('cases.walkIn.stepEnterprise'),
            content: (
              <>
                <Typography.Paragraph type="secondary">{t('cases.walkIn.enterpriseHint')}</Typography.Paragraph>
                <EnterprisePicker value={enterprise} onChange={setEnterprise} />
              </>
            ),
            check: () => (enterprise ? null : t('cases.walkIn.enterpriseRequired')),
          }}
          onSubmitted={onSubmitted}
        />
      )}
    </>
  );
}
