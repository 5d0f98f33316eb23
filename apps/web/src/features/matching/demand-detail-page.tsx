import { StopOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { DemandDetail } from '@yunju/contracts';
import { Alert, Button, Card, Descriptions, Empty, Flex, Form, Input, List, Select, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackButton, DetailLoadState } from '../../components/detail-states.tsx';
import { useErrorMessage } from '../../components/error-message.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { EngagementList } from './engagement-list.tsx';
import { closeDemand, demandQuery, expertSearchQuery, inviteExpert, type EngagementListParams } from './matching-api.ts';
import { ConfidentialTag, DemandStatusTag } from './matching-tags.tsx';
import { RecommendationPanel } from './recommendation-panel.tsx';
import './matching.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

function InviteModal({ demand, open, onClose }: { demand: DemandDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [keyword, setKeyword] = useState('');
  const search = useQuery(expertSearchQuery(keyword));
  const invited = new Set(demand.invitations.map((i) => i.expertId));
  return (
    <FormModal<{ expertId: string }>
      open={open}
      title={t('matching.action.inviteTitle')}
      okText={t('matching.rec.invite')}
      cancelText={t('matching.action.cancel')}
      name="match-invite"
      action={({ expertId }) => inviteExpert(demand.id, expertId)}
      success={t('matching.rec.inviteDone')}
      onClose={onClose}
      errorAs="message"
      intro={<Typography.Paragraph type="secondary">{t('matching.action.inviteHint')}</Typography.Paragraph>}
    >
      <Form.Item name="expertId" label={t('matching.action.inviteExpert')} rules={[{ required: true, message: t('matching.action.inviteRequired') }]}>
        <Select
          autoFocus
          showSearch={{ filterOption: false, onSearch: setKeyword }}
          placeholder={t('matching.action.inviteExpertPlaceholder')}
          loading={search.isFetching}
          notFoundContent={keyword.trim() ? t('matching.action.noExpert') : t('matching.action.typeToSearch')}
          options={(search.data?.items ?? []).map((x) => ({ value: x.id, label: `${x.name} · ${x.title} · ${x.org}`, disabled: invited.has(x.id) }))}
        />
      </Form.Item>
    </FormModal>
  );
}

function CloseModal({ demand, open, onClose }: { demand: DemandDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal<{ reason: string }>
      open={open}
      title={t('matching.action.closeTitle', { title: demand.title })}
      okText={t('matching.action.close')}
      danger
      cancelText={t('matching.action.cancel')}
      name="match-close"
      action={({ reason }) => closeDemand(demand.id, reason.trim())}
      success={t('matching.action.closed')}
      onClose={onClose}
      errorAs="message"
    >
      <Form.Item name="reason" label={t('matching.action.closeReason')} rules={[{ required: true, whitespace: true, min: 2, message: t('matching.action.closeReasonRequired') }]}>
        <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

function BasicInfo({ d }: { d: DemandDetail }) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  const common = [
    { key: 'number', label: t('matching.field.number'), children: <span className="mono">{d.number}</span> },
    { key: 'enterprise', label: t('matching.field.enterprise'), children: d.enterpriseName },
    { key: 'industry', label: t('matching.field.industry'), children: d.industryName },
    ...(d.townName ? [{ key: 'town', label: t('matching.field.town'), children: d.townName }] : []),
    { key: 'postedAt', label: t('matching.field.postedAt'), children: `${formatDateTime(d.postedAt)} · ${d.postedByName}` },
    { key: 'deadline', label: t('matching.field.deadline'), children: formatDate(d.deadline) || empty },
    ...(d.solvedAt ? [{ key: 'solvedAt', label: t('matching.field.solvedAt'), children: formatDateTime(d.solvedAt) }] : []),
  ];
  const byKind =
    d.kind === 'talent_need'
      ? [
          { key: 'role', label: t('matching.field.role'), children: d.role ?? empty },
          { key: 'place', label: t('matching.field.place'), children: d.place ?? empty },
          { key: 'salary', label: t('matching.field.salaryBand'), children: d.salaryBand ? labelOf('matching.salaryBand', d.salaryBand) : empty },
          { key: 'education', label: t('matching.field.education'), children: d.education ?? empty },
          { key: 'headcount', label: t('matching.field.headcount'), children: d.headcount ?? empty },
          { key: 'requirements', label: t('matching.field.requirements'), span: 'filled' as const, children: <span className="pre-wrap">{d.requirements || empty}</span> },
        ]
      : [
          { key: 'budget', label: t('matching.field.budgetBand'), children: d.budgetBand ? labelOf('matching.budgetBand', d.budgetBand) : empty },
          ...(d.mode ? [{ key: 'mode', label: t('matching.field.mode'), children: labelOf('matching.cooperationMode', d.mode) }] : []),
        ];
  const items = [
    ...common,
    ...byKind,
    ...(d.keywords.length > 0
      ? [{ key: 'keywords', label: t('matching.field.keywordsShort'), span: 'filled' as const, children: d.keywords.map((k) => <Tag key={k}>{k}</Tag>) }]
      : []),
    { key: 'description', label: t('matching.field.description'), span: 'filled' as const, children: <span className="pre-wrap">{d.description}</span> },
  ];
  return <Descriptions column={{ xs: 1, sm: 1, md: 2, xl: 3 }} items={items} />;
}

/** `/matching/demands/:id`: a technical problem or talent need with its recommendations and matches. */
export default function DemandDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const messageOf = useErrorMessage();
  const query = useQuery(demandQuery(id));
  const [tab, setTab] = useState('recommendations');
  const [inviting, setInviting] = useState(false);
  const [closing, setClosing] = useState(false);
  const [engParams, setEngParams] = useState<EngagementListParams>({ page: 1 });
  const isBroker = can(user, 'match.broker');

  const back = <BackButton fallback="/matching" label={t('matching.detail.back')} />;
  if (!query.data) return <DetailLoadState title={t('matching.detail.problemTitle')} query={query} notFound={t('matching.detail.notFound')} back={back} />;

  const d = query.data;
  const live = d.status === 'open' || d.status === 'brokering';
  const showRecommendations = d.canManage;
  const tabs = [
    ...(showRecommendations ? [{ key: 'recommendations', label: t('matching.detail.tabRecommendations'), children: <RecommendationPanel demand={d} isBroker={isBroker} /> }] : []),
    {
      key: 'engagements',
      label: t('matching.detail.tabEngagements', { count: d.engagementCount }),
      children: <EngagementList params={{ ...engParams, demandId: d.id }} onParams={setEngParams} emptyText={t('matching.detail.noEngagements')} hideEnterprise />,
    },
    ...(d.confidential && d.canManage
      ? [
          {
            key: 'invitations',
            label: t('matching.detail.tabInvites', { count: d.invitations.length }),
            children:
              d.invitations.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matching.detail.noInvites')} />
              ) : (
                <List
                  dataSource={d.invitations}
                  renderItem={(i) => (
                    <List.Item key={i.expertId}>
                      <List.Item.Meta title={i.expertName} description={t('matching.detail.invitedBy', { name: i.invitedByName, time: formatDateTime(i.invitedAt) })} />
                    </List.Item>
                  )}
                />
              ),
          },
        ]
      : []),
  ];
  const activeTab = tabs.some((x) => x.key === tab) ? tab : (tabs[0]?.key ?? 'engagements');

  return (
    <>
      <PageHeader
        title={d.title}
        subTitle={
          <Flex gap={8} wrap align="center">
            <span className="mono">{d.number}</span>
            <Tag>{labelOf('matching.demandKind', d.kind)}</Tag>
            <DemandStatusTag kind={d.kind} status={d.status} />
            {d.confidential ? <ConfidentialTag /> : null}
          </Flex>
        }
        extra={
          <Flex gap={8} wrap role="group" aria-label={t('matching.detail.actions')}>
            {d.confidential && d.canManage && live ? (
              <Button icon={<UserAddOutlined />} onClick={() => setInviting(true)}>
                {t('matching.action.invite')}
              </Button>
            ) : null}
            {d.canManage && live ? (
              <Button danger icon={<StopOutlined />} onClick={() => setClosing(true)}>
                {t('matching.action.close')}
              </Button>
            ) : null}
            {back}
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        {query.error ? <Alert type="warning" showIcon title={t('matching.detail.refreshFailed')} description={messageOf(query.error)} /> : null}
        {d.confidential ? <Alert type="info" showIcon title={t('matching.detail.confidentialBanner')} /> : null}
        <Card title={t('matching.detail.basicInfo')}>
          <BasicInfo d={d} />
        </Card>
        <Card>
          <Tabs activeKey={activeTab} onChange={setTab} items={tabs} />
        </Card>
      </Flex>
      <InviteModal demand={d} open={inviting} onClose={() => setInviting(false)} />
      <CloseModal demand={d} open={closing} onClose={() => setClosing(false)} />
    </>
  );
}
