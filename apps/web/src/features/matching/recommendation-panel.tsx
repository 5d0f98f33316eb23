import { CheckOutlined, CloseOutlined, DeleteOutlined, PushpinOutlined, RollbackOutlined, SendOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { CandidateKind, DemandDetail, Recommendation } from '@yunju/contracts';
import { App, Button, Empty, Flex, Form, Input, Progress, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorMessage } from '../../components/error-message.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { labelOf } from '../../i18n/labels.ts';
import { engagementPath } from './engagement-list.tsx';
import { MatchedTerms, MatchReasons } from './match-reasons.tsx';
import { adjustRecommendation, inviteExpert, pushRecommendation, recommendationsQuery, sendFeedback } from './matching-api.ts';
import { relativeScore } from './matching-model.ts';
import { EngagementStatusTag } from './matching-tags.tsx';

/** The candidate kinds offered for each kind of demand, the first one shown first. */
function kindsFor(demand: DemandDetail): CandidateKind[] {
  return demand.kind === 'talent_need' ? ['talent', 'expert'] : ['expert', 'team', 'resource', 'output'];
}

const tabLabel: Record<CandidateKind, 'experts' | 'teams' | 'resources' | 'talents' | 'outputs'> = {
  expert: 'experts',
  team: 'teams',
  resource: 'resources',
  talent: 'talents',
  output: 'outputs',
};

type Feedback = { rec: Recommendation; verdict: 'accept' | 'decline' } | null;

function FeedbackModal({ demandId, feedback, onClose }: { demandId: string; feedback: Feedback; onClose: () => void }) {
  const { t } = useTranslation();
  if (!feedback) return null;
  const { rec, verdict } = feedback;
  return (
    <FormModal<{ reason: string }>
      open
      title={`${verdict === 'accept' ? t('matching.rec.acceptTitle') : t('matching.rec.declineTitle')}：${rec.name}`}
      okText={t('matching.action.confirm')}
      cancelText={t('matching.action.cancel')}
      name="match-feedback"
      action={({ reason }) => sendFeedback(demandId, { candidateKind: rec.candidateKind, candidateId: rec.candidateId }, verdict, reason.trim())}
      success={verdict === 'accept' ? t('matching.rec.acceptDone') : t('matching.rec.declineDone')}
      onClose={onClose}
      errorAs="message"
    >
      <Form.Item
        name="reason"
        label={verdict === 'accept' ? t('matching.rec.acceptReason') : t('matching.rec.declineReason')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('matching.rec.declineReasonRequired') }]}
      >
        <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} placeholder={verdict === 'accept' ? t('matching.rec.acceptReasonPlaceholder') : t('matching.rec.declineReasonPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}

interface CardProps {
  demand: DemandDetail;
  rec: Recommendation;
  best: number;
  isBroker: boolean;
  isOwner: boolean;
  onFeedback: (verdict: 'accept' | 'decline') => void;
}

function RecommendationCard({ demand, rec, best, isBroker, isOwner, onFeedback }: CardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<string | null>(null);
  const ref = { candidateKind: rec.candidateKind, candidateId: rec.candidateId };
  const invited = demand.invitations.some((i) => i.expertId === rec.candidateId);
  const percent = relativeScore(rec.score, best);

  const run = async (key: string, work: () => Promise<unknown>, done: string) => {
    setBusy(key);
    try {
      await work();
      void message.success(done);
    } catch (error) {
      void message.error(messageOf(error));
    } finally {
      setBusy(null);
    }
  };

  const brokerActions = isBroker ? (
    <>
      {rec.engagementId === null && !rec.removed ? (
        <Button size="small" type="primary" icon={<SendOutlined />} loading={busy === 'push'} onClick={() => void run('push', () => pushRecommendation(demand.id, ref), t('matching.rec.pushDone'))}>
          {t('matching.rec.push')}
        </Button>
      ) : null}
      {!rec.pinned && !rec.removed ? (
        <Button size="small" icon={<PushpinOutlined />} loading={busy === 'pin'} onClick={() => void run('pin', () => adjustRecommendation(demand.id, { ...ref, action: 'pin' }), t('matching.rec.pinDone'))}>
          {t('matching.rec.pin')}
        </Button>
      ) : null}
      {!rec.removed && rec.engagementId === null ? (
        <Button size="small" danger icon={<DeleteOutlined />} loading={busy === 'remove'} onClick={() => void run('remove', () => adjustRecommendation(demand.id, { ...ref, action: 'remove' }), t('matching.rec.removeDone'))}>
          {t('matching.rec.remove')}
        </Button>
      ) : null}
      {rec.pinned || rec.removed ? (
        <Button size="small" icon={<RollbackOutlined />} loading={busy === 'restore'} onClick={() => void run('restore', () => adjustRecommendation(demand.id, { ...ref, action: 'restore' }), t('matching.rec.restoreDone'))}>
          {rec.pinned ? t('matching.rec.unpin') : t('matching.rec.restore')}
        </Button>
      ) : null}
    </>
  ) : null;

  const canInvite = demand.confidential && demand.canManage && rec.candidateKind === 'expert' && !invited && demand.status !== 'closed' && demand.status !== 'solved';

  return (
    <article className={`match-rec${rec.removed ? ' match-rec-removed' : ''}`} aria-label={rec.name}>
      <div className="match-rec-head">
        <div>
          <span className="match-rec-rank">{t('matching.rec.rank', { rank: rec.rank })}</span>
          <span className="match-rec-name">{rec.name}</span>
          <div className="match-rec-sub">{rec.subtitle}</div>
        </div>
        <div className="match-rec-score" title={t('matching.rec.scoreTitle', { score: rec.score.toFixed(3) })}>
          <Typography.Text type="secondary">{t('matching.list.score')}</Typography.Text>
          <Progress percent={percent} size="small" showInfo format={(p) => `${p ?? 0}`} />
        </div>
      </div>
      <Space size={[4, 4]} wrap>
        <Tag>{labelOf('matching.kind', rec.candidateKind)}</Tag>
        {rec.availability ? <Tag color={rec.availability === 'available' ? 'success' : rec.availability === 'busy' ? 'warning' : 'default'}>{labelOf('matching.availability', rec.availability)}</Tag> : null}
        {rec.pinned ? <Tag color="blue" icon={<PushpinOutlined />}>{t('matching.rec.pinned')}</Tag> : null}
        {rec.removed ? <Tag>{t('matching.rec.removed')}</Tag> : null}
        {invited ? <Tag color="purple">{t('matching.rec.invited')}</Tag> : null}
        {rec.feedback ? <Tag color={rec.feedback === 'accept' ? 'success' : 'error'}>{t('matching.rec.feedback')}：{labelOf('matching.feedback', rec.feedback)}</Tag> : null}
        {rec.engagementStatus ? <EngagementStatusTag status={rec.engagementStatus} /> : null}
      </Space>
      <div className="match-gap-small">
        <MatchedTerms terms={rec.matchedTerms} />
        <MatchReasons reasons={rec.reasons} />
      </div>
      <Flex gap={8} wrap className="match-rec-actions">
        {rec.engagementId ? (
          <Button
            size="small"
            type={isOwner && rec.engagementStatus === 'recommended' ? 'primary' : 'default'}
            onClick={() => void navigate(engagementPath(rec.engagementId ?? ''))}
          >
            {isOwner && rec.engagementStatus === 'recommended' ? t('matching.rec.requestContact') : t('matching.rec.openEngagement')}
          </Button>
        ) : null}
        {isOwner && !isBroker && rec.feedback === null ? (
          <>
            <Button size="small" icon={<CheckOutlined />} onClick={() => onFeedback('accept')}>
              {t('matching.rec.accept')}
            </Button>
            <Button size="small" icon={<CloseOutlined />} onClick={() => onFeedback('decline')}>
              {t('matching.rec.decline')}
            </Button>
          </>
        ) : null}
        {brokerActions}
        {canInvite ? (
          <Button size="small" icon={<UserAddOutlined />} loading={busy === 'invite'} onClick={() => void run('invite', () => inviteExpert(demand.id, rec.candidateId), t('matching.rec.inviteDone'))}>
            {t('matching.rec.invite')}
          </Button>
        ) : null}
      </Flex>
    </article>
  );
}

function KindList({ demand, kind, isBroker, isOwner }: { demand: DemandDetail; kind: CandidateKind; isBroker: boolean; isOwner: boolean }) {
  const { t } = useTranslation();
  const query = useQuery(recommendationsQuery(demand.id, kind));
  const [feedback, setFeedback] = useState<Feedback>(null);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (query.error) return <LoadFailedAlert error={query.error} onRetry={() => query.refetch()} />;
  const items = query.data.items;
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matching.rec.empty')} />;
  const best = Math.max(...items.map((r) => r.score));
  return (
    <>
      <div className="match-rec-list">
        {items.map((rec) => (
          <RecommendationCard
            key={`${rec.candidateKind}-${rec.candidateId}`}
            demand={demand}
            rec={rec}
            best={best}
            isBroker={isBroker}
            isOwner={isOwner}
            onFeedback={(verdict) => setFeedback({ rec, verdict })}
          />
        ))}
      </div>
      <FeedbackModal demandId={demand.id} feedback={feedback} onClose={() => setFeedback(null)} />
    </>
  );
}

/** Ranked experts, teams, resources, talents and outputs with their reasons; brokers adjust and push, the enterprise gives feedback. */
export function RecommendationPanel({ demand, isBroker }: { demand: DemandDetail; isBroker: boolean }) {
  const { t } = useTranslation();
  const kinds = kindsFor(demand);
  const [kind, setKind] = useState<CandidateKind>(kinds[0] ?? 'expert');
  const isOwner = demand.canManage && !isBroker;
  return (
    <Flex vertical gap={8}>
      <Typography.Paragraph type="secondary">{isBroker ? t('matching.rec.brokerHint') : t('matching.rec.hint')}</Typography.Paragraph>
      <Tabs
        activeKey={kind}
        onChange={(key) => setKind(key as CandidateKind)}
        items={kinds.map((k) => ({ key: k, label: t(`matching.rec.${tabLabel[k]}`) }))}
        destroyOnHidden
      />
      <KindList key={kind} demand={demand} kind={kind} isBroker={isBroker} isOwner={isOwner} />
    </Flex>
  );
}
