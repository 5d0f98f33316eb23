import { LockOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { EngagementAction, EngagementDetail, EngagementEvent } from '@yunju/contracts';
import { Alert, Card, Descriptions, Empty, Flex, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ActionBar } from '../../components/action-bar.tsx';
import { BackButton, DetailLoadState } from '../../components/detail-states.tsx';
import { useErrorMessage } from '../../components/error-message.ts';
import { EventTimeline } from '../../components/event-timeline.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { EngagementActionModal } from './engagement-action-modal.tsx';
import { engagementContractPath, engagementQuery } from './matching-api.ts';
import { dangerEngagementActions, engagementProgress, engagementTone, formatYuan, orderEngagementActions } from './matching-model.ts';
import { EngagementStatusTag, engagementStatusLabel } from './matching-tags.tsx';
import './matching.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

function Progress({ e }: { e: EngagementDetail }) {
  const { t } = useTranslation();
  const { steps, current, stopped } = engagementProgress(e);
  const at = new Map(e.events.map((ev) => [ev.toStatus, ev.at]));
  return (
    <Steps
      className="match-steps"
      size="small"
      current={current}
      status={stopped ? 'error' : e.status === 'solved' || e.status === 'hired' ? 'finish' : 'process'}
      aria-label={t('matching.detail.steps')}
      items={steps.map((s, i) => ({
        title: engagementStatusLabel(s, e.candidateKind),
        content: i <= current ? formatDate(at.get(s) ?? null) : undefined,
      }))}
    />
  );
}

function ContactCard({ e, asTalent }: { e: EngagementDetail; asTalent: boolean }) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  // A talent with a sign-in was asked (request_contact): its phone shows once it consents.
  const talentAsked = e.candidateKind === 'talent' && e.events.some((ev) => ev.action === 'request_contact');
  const talentHidden = talentAsked ? t('matching.engagement.talentContactAfterConsent') : t('matching.engagement.talentContactHidden');
  return (
    <Card title={t('matching.engagement.contact')} className="full-height">
      <Descriptions
        column={1}
        size="small"
        items={[
          // The talent itself needs no line about its own contact.
          ...(asTalent
            ? []
            : [
          {
            key: 'candidate',
            label: t('matching.engagement.candidateWithKind', { name: e.candidateName, kind: labelOf('matching.kind', e.candidateKind) }),
            children: e.candidateContact ? (
              <span>
                {t('matching.field.phone')}：{e.candidateContact.phone ?? empty}
                <br />
                {t('matching.field.email')}：{e.candidateContact.email ?? empty}
              </span>
            ) : (
              <Typography.Text type="secondary">
                <LockOutlined /> {e.candidateKind === 'expert' ? t('matching.rec.contactHidden') : e.candidateKind === 'talent' ? talentHidden : t('matching.engagement.otherContactHidden')}
              </Typography.Text>
            ),
          },
              ]),
          // A talent need shows the employer's contact to the talent itself only (after its consent).
          ...(e.demandKind === 'talent_need' && !asTalent
            ? []
            : [
          {
            key: 'enterprise',
            label: e.enterpriseName,
            children: e.enterpriseContact ? (
              <span>
                {e.enterpriseContact.name} · {e.enterpriseContact.phone ?? empty}
              </span>
            ) : (
              <Typography.Text type="secondary">
                <LockOutlined /> {asTalent ? t('matching.engagement.enterpriseContactAfterConsent') : t('matching.engagement.enterpriseContactHidden')}
              </Typography.Text>
            ),
          },
              ]),
        ]}
      />
    </Card>
  );
}

function AgreementCard({ e }: { e: EngagementDetail }) {
  const { t } = useTranslation();
  const a = e.agreement;
  const m = e.meeting;
  const talent = e.demandKind === 'talent_need';
  return (
    <Card title={talent ? t('matching.engagement.interviewCard') : t('matching.detail.tabAgreement')} className="full-height">
      {m ? (
        <Descriptions
          column={1}
          size="small"
          title={talent ? t('matching.engagement.interview') : t('matching.engagement.meeting')}
          items={[
            { key: 'on', label: talent ? t('matching.action.interviewAt') : t('matching.action.meetingAt'), children: formatDate(m.on) },
            { key: 'place', label: t('matching.action.meetingPlace'), children: m.place },
            ...(m.note ? [{ key: 'note', label: talent ? t('matching.action.note') : t('matching.action.meetingNote'), children: <span className="pre-wrap">{m.note}</span> }] : []),
          ]}
        />
      ) : null}
      {a ? (
        <Descriptions
          column={1}
          size="small"
          title={t('matching.engagement.agreement')}
          items={[
            { key: 'title', label: t('matching.agreement.project'), children: a.title },
            { key: 'parties', label: t('matching.agreement.parties'), children: a.parties.join(t('common.listSeparator')) },
            { key: 'amount', label: t('matching.agreement.amount'), children: formatYuan(a.amountYuan) },
            { key: 'signedOn', label: t('matching.agreement.signedOn'), children: formatDate(a.signedOn) },
            { key: 'period', label: t('matching.agreement.period'), children: `${formatDate(a.startOn)} — ${formatDate(a.endOn)}` },
            {
              key: 'file',
              label: t('matching.agreement.file'),
              children: a.contractAttachmentId ? (
                <a href={engagementContractPath(e.id)} download>
                  <PaperClipOutlined /> {a.contractFileName ?? t('matching.agreement.download')}
                </a>
              ) : (
                t('common.empty')
              ),
            },
          ]}
        />
      ) : null}
      {!a && !m ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={talent ? t('matching.engagement.noInterview') : t('matching.agreement.none')} /> : null}
    </Card>
  );
}

function EngagementTimeline({ events }: { events: readonly EngagementEvent[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matching.detail.noTimeline')} />;
  return (
    <EventTimeline
      events={events.map((ev) => ({
        key: ev.seq,
        tone: engagementTone[ev.toStatus],
        title: labelOf('matching.event', ev.action),
        at: ev.at,
        actor: `${ev.actorName}${ev.actorRole ? ` · ${labelOf('role', ev.actorRole)}` : ''}`,
        note: ev.note,
      }))}
    />
  );
}

/** `/matching/engagements/:id`: one brokerage from recommendation to outcome, with the caller's next steps. */
export default function EngagementDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const messageOf = useErrorMessage();
  const user = useCurrentUser();
  // A talent reads its engagements only (no demands, no matching home).
  const asTalent = !can(user, 'match.read') && can(user, 'engagement.answer_own');
  const query = useQuery(engagementQuery(id));
  const [action, setAction] = useState<EngagementAction | null>(null);

  const back = <BackButton fallback={asTalent ? '/matching/engagements' : '/matching'} label={t('matching.detail.back')} />;
  if (!query.data) return <DetailLoadState title={t('matching.engagement.title')} query={query} notFound={t('matching.detail.notFound')} back={back} />;

  const e = query.data;
  const actions = orderEngagementActions(e.allowedActions);
  const primary = actions.find((a) => !dangerEngagementActions.includes(a));

  return (
    <>
      <PageHeader
        title={`${e.demandTitle} · ${e.candidateName}`}
        subTitle={
          <Flex gap={8} wrap align="center">
            {asTalent ? (
              <span className="mono">{e.demandNumber}</span>
            ) : (
              <Link to={`/matching/demands/${encodeURIComponent(e.demandId)}`} className="mono">
                {e.demandNumber}
              </Link>
            )}
            <Tag>{labelOf('matching.demandKind', e.demandKind)}</Tag>
            <EngagementStatusTag status={e.status} candidateKind={e.candidateKind} />
          </Flex>
        }
        extra={
          <ActionBar actions={actions} primary={primary} danger={dangerEngagementActions} labelOf={(a) => labelOf('matching.engagementAction', a)} onAction={setAction} ariaLabel={t('matching.detail.actions')}>
            {back}
          </ActionBar>
        }
      />
      <Flex vertical gap={16}>
        {query.error ? <Alert type="warning" showIcon title={t('matching.detail.refreshFailed')} description={messageOf(query.error)} /> : null}
        {actions.length > 0 ? <Alert type="info" showIcon title={t(`matching.engagement.next.${actions[0] ?? 'request_contact'}`)} /> : null}
        <Card title={t('matching.detail.steps')}>
          <Progress e={e} />
        </Card>
        <Flex gap={16} wrap>
          <div style={{ flex: '1 1 320px' }}>
            <ContactCard e={e} asTalent={asTalent} />
          </div>
          <div style={{ flex: '1 1 320px' }}>
            <AgreementCard e={e} />
          </div>
        </Flex>
        <Card title={t('matching.detail.tabTimeline')}>
          <EngagementTimeline events={e.events} />
        </Card>
      </Flex>
      <EngagementActionModal key={action ?? ''} engagement={e} action={action} onClose={() => setAction(null)} />
    </>
  );
}
