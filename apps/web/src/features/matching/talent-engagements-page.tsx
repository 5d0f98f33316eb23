import { IdcardOutlined } from '@ant-design/icons';
import type { EngagementStatus } from '@yunju/contracts';
import { Button } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { intParam } from '../../components/search-params.ts';
import { EngagementList } from './engagement-list.tsx';
import type { EngagementListParams } from './matching-api.ts';
import './matching.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

const statuses: readonly EngagementStatus[] = ['recommended', 'contact_requested', 'consented', 'declined', 'interview', 'hired', 'cancelled'];

/** `/matching/engagements`: the talent's engagements (推荐 → 申请联系 → 同意 → 面试 → 录用); the status filter lives in the URL. */
export default function TalentEngagementsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo<EngagementListParams>(() => {
    const status = searchParams.get('status');
    return {
      page: intParam(searchParams.get('page'), 1),
      pageSize: intParam(searchParams.get('pageSize'), 20, 200),
      status: (statuses as readonly string[]).includes(status ?? '') ? (status as EngagementStatus) : undefined,
    };
  }, [searchParams]);
  const onParams = (p: EngagementListParams) => {
    const next = new URLSearchParams();
    if (p.status) next.set('status', p.status);
    if (p.page && p.page !== 1) next.set('page', String(p.page));
    if (p.pageSize && p.pageSize !== 20) next.set('pageSize', String(p.pageSize));
    setSearchParams(next);
  };
  return (
    <>
      <PageHeader
        title={t('matching.talentEngagements.title')}
        subTitle={t('matching.talentEngagements.hint')}
        extra={
          <Button icon={<IdcardOutlined />} onClick={() => void navigate('/matching/talent-profile')}>
            {t('matching.talentProfile.title')}
          </Button>
        }
      />
      <EngagementList params={params} onParams={onParams} emptyText={t('matching.talentEngagements.empty')} hideCandidate />
    </>
  );
}
