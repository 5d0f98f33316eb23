import { BarChartOutlined, BulbOutlined, IdcardOutlined, TeamOutlined, UploadOutlined } from '@ant-design/icons';
import type { DemandKind, DemandStatus, EngagementStatus } from '@yunju/contracts';
import { Button, Card, Space, Tabs } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { intParam } from '../../components/search-params.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { can, useCurrentUser } from '../auth/session.ts';
import { DemandList } from './demand-list.tsx';
import { EngagementList } from './engagement-list.tsx';
import { FittingList } from './fitting-list.tsx';
import { ImportModal } from './import-modal.tsx';
import type { DemandListParams, EngagementListParams } from './matching-api.ts';
import { demandStatuses } from './matching-model.ts';
import './matching.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

type TabKey = 'problems' | 'needs' | 'engagements' | 'fits';
const tabKeys: readonly TabKey[] = ['problems', 'needs', 'engagements', 'fits'];
const engagementStatusCodes: readonly EngagementStatus[] = ['recommended', 'contact_requested', 'consented', 'declined', 'meeting', 'agreement', 'solved', 'interview', 'hired', 'cancelled'];

/** The list state lives in the URL (shareable, survives a reload): `tab`, `q`, `status`, `page`, `pageSize`. */
function useListState(defaultTab: TabKey) {
  const [searchParams, setSearchParams] = useSearchParams();
  const rawTab = searchParams.get('tab');
  const tab: TabKey = tabKeys.includes(rawTab as TabKey) ? (rawTab as TabKey) : defaultTab;
  const demandParams = useMemo<DemandListParams>(() => {
    const status = searchParams.get('status');
    return {
      page: intParam(searchParams.get('page'), 1),
      pageSize: intParam(searchParams.get('pageSize'), 20, 200),
      q: searchParams.get('q') ?? undefined,
      status: (demandStatuses as readonly string[]).includes(status ?? '') ? (status as DemandStatus) : undefined,
    };
  }, [searchParams]);
  const engagementParams = useMemo<EngagementListParams>(() => {
    const status = searchParams.get('status');
    return {
      page: intParam(searchParams.get('page'), 1),
      pageSize: intParam(searchParams.get('pageSize'), 20, 200),
      status: (engagementStatusCodes as readonly string[]).includes(status ?? '') ? (status as EngagementStatus) : undefined,
    };
  }, [searchParams]);
  const write = (next: TabKey, values: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    if (next !== defaultTab) params.set('tab', next);
    for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '' && !(key === 'page' && value === 1) && !(key === 'pageSize' && value === 20)) params.set(key, String(value));
    setSearchParams(params);
  };
  return {
    tab,
    demandParams,
    engagementParams,
    setTab: (next: TabKey) => write(next, {}),
    setDemandParams: (p: DemandListParams) => write(tab, { q: p.q, status: p.status, page: p.page, pageSize: p.pageSize }),
    setEngagementParams: (p: EngagementListParams) => write(tab, { status: p.status, page: p.page, pageSize: p.pageSize }),
  };
}

/** `/matching`: the enterprise's problems and needs, the broker's queue, the expert's fitting problems and requests. */
export default function MatchingPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const isBroker = can(user, 'match.broker');
  const isExpert = user.role === 'expert' && can(user, 'profile.edit_own');
  const isPoster = can(user, 'demand.post') && !isBroker;
  const state = useListState(isExpert ? 'fits' : 'problems');
  const [importing, setImporting] = useState(false);

  const demandTab = (key: 'problems' | 'needs', kind: DemandKind, empty: string) => ({
    key,
    label: key === 'problems' ? t('matching.home.tabProblems') : t('matching.home.tabNeeds'),
    children: <DemandList key={kind} kind={kind} params={state.demandParams} onParams={state.setDemandParams} showEnterprise={!isPoster} emptyText={empty} />,
  });
  const engagementsTab = (label: string, empty: string) => ({
    key: 'engagements',
    label,
    children: <EngagementList params={state.engagementParams} onParams={state.setEngagementParams} emptyText={empty} hideEnterprise={isPoster} />,
  });

  let title: string;
  let hint: string;
  let extra: ReactNode = null;
  let tabs;
  if (isExpert) {
    title = t('matching.home.expertTitle');
    hint = t('matching.home.expertHint');
    extra = (
      <Button icon={<IdcardOutlined />} onClick={() => void navigate('/matching/profile')}>
        {t('matching.home.myProfile')}
      </Button>
    );
    tabs = [
      { key: 'fits', label: t('matching.home.tabFits'), children: <FittingList /> },
      engagementsTab(t('matching.home.tabRequests'), t('matching.list.emptyRequests')),
    ];
  } else if (isPoster) {
    title = t('matching.home.enterpriseTitle');
    hint = t('matching.home.enterpriseHint');
    extra = (
      <Space wrap>
        <Button type="primary" icon={<BulbOutlined />} onClick={() => void navigate('/matching/new?kind=problem')}>
          {t('matching.home.postProblem')}
        </Button>
        <Button icon={<TeamOutlined />} onClick={() => void navigate('/matching/new?kind=talent_need')}>
          {t('matching.home.postNeed')}
        </Button>
      </Space>
    );
    tabs = [
      demandTab('problems', 'problem', t('matching.list.emptyEnterpriseProblems')),
      demandTab('needs', 'talent_need', t('matching.list.emptyEnterpriseNeeds')),
      engagementsTab(t('matching.home.tabMyEngagements'), t('matching.list.emptyEngagements')),
    ];
  } else {
    title = isBroker ? t('matching.home.brokerTitle') : t('matching.home.readerTitle');
    hint = isBroker ? t('matching.home.brokerHint') : t('matching.home.readerHint');
    extra = (
      <Space wrap>
        {isBroker ? (
          <Button icon={<BulbOutlined />} onClick={() => void navigate(`/matching/new?kind=${state.tab === 'needs' ? 'talent_need' : 'problem'}`)}>
            {t('matching.home.postForEnterprise')}
          </Button>
        ) : null}
        {can(user, 'profile.manage') ? (
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            {t('matching.home.import')}
          </Button>
        ) : null}
        {can(user, 'match.outcomes') ? (
          <Button icon={<BarChartOutlined />} onClick={() => void navigate('/matching/outcomes')}>
            {t('matching.home.outcomes')}
          </Button>
        ) : null}
      </Space>
    );
    tabs = [
      demandTab('problems', 'problem', t('matching.list.emptyBroker')),
      demandTab('needs', 'talent_need', t('matching.list.emptyBroker')),
      engagementsTab(t('matching.home.tabEngagements'), t('matching.list.emptyEngagements')),
    ];
  }
  const active = tabs.some((x) => x.key === state.tab) ? state.tab : (tabs[0]?.key ?? 'problems');

  return (
    <>
      <PageHeader title={title} subTitle={hint} extra={extra} />
      <Card>
        <Tabs activeKey={active} onChange={(key) => state.setTab(key as TabKey)} items={tabs} destroyOnHidden />
      </Card>
      {can(user, 'profile.manage') ? <ImportModal open={importing} onClose={() => setImporting(false)} /> : null}
    </>
  );
}
