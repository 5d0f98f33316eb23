import { CheckCircleOutlined, DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { CaseAction, CaseDetail, CaseEvent, CaseTask } from '@yunju/contracts';
import { Alert, Button, Card, Descriptions, Empty, Flex, List, Rate, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ActionBar } from '../../components/action-bar.tsx';
import { BackButton, DetailLoadState } from '../../components/detail-states.tsx';
import { useErrorMessage } from '../../components/error-message.ts';
import { EventTimeline } from '../../components/event-timeline.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { itemQuery, resourceQuery } from '../catalogue/catalogue-api.ts';
import { CaseActionModal } from './case-action-modal.tsx';
import { eventDetails, eventTone, supplementRequestNote, type NameLookup } from './case-events.ts';
import { dangerActions, enterpriseNextStep, formatBytes, orderActions, primaryAction } from './case-model.ts';
import { CaseStatusTag, DueDate, NextStepText, SlaTag } from './case-tags.tsx';
import { caseQuery, departmentsQuery } from './cases-api.ts';
import './cases.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

function TimelineTab({ detail, names }: { detail: CaseDetail; names: NameLookup }) {
  const { t } = useTranslation();
  return (
    <EventTimeline
      className="case-timeline"
      events={detail.events.map((e: CaseEvent) => ({
        key: e.seq,
        tone: eventTone(e.action),
        title: labelOf('cases.event', e.action),
        at: e.at,
        actor: (
          <>
            {e.actorId === null ? t('cases.system') : e.actorName}
            {e.departmentName ? ` · ${e.departmentName}` : e.actorRole ? ` · ${labelOf('role', e.actorRole)}` : ''}
          </>
        ),
        details: eventDetails(e, names).map((d) => t(`cases.eventDetail.${d.key}`, d.key === 'rating' ? { ...d.values, label: labelOf('cases.rating', String(d.values.level)) } : d.values)),
        note: e.note,
      }))}
    />
  );
}

function MaterialsTab({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  if (detail.materials.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.detail.noMaterials')} />;
  return (
    <List
      className="case-materials"
      dataSource={detail.materials}
      renderItem={(m) => (
        <List.Item
          key={m.id}
          actions={[
            <a key="download" href={m.downloadUrl} download aria-label={t('cases.detail.downloadFile', { name: m.originalName ?? m.name })}>
              <DownloadOutlined /> {t('cases.detail.download')}
            </a>,
          ]}
        >
          <List.Item.Meta
            avatar={<PaperClipOutlined />}
            title={m.name}
            description={
              <span className="case-material-file">
                <span className="break-all">{m.originalName ?? ''}</span>
                {m.sizeBytes !== null ? <span className="nowrap"> · {formatBytes(m.sizeBytes)}</span> : null}
                <span className="nowrap">
                  {' '}
                  · {m.uploadedByName ?? ''} {formatDateTime(m.uploadedAt)}
                </span>
              </span>
            }
          />
        </List.Item>
      )}
    />
  );
}

function TasksTab({ detail, onComplete }: { detail: CaseDetail; onComplete: (task: CaseTask) => void }) {
  const { t } = useTranslation();
  if (detail.tasks.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.detail.noTasks')} />;
  return (
    <List
      className="case-tasks"
      dataSource={detail.tasks}
      renderItem={(task) => (
        <List.Item
          key={task.id}
          actions={
            task.canComplete
              ? [
                  <Button key="complete" type="primary" size="small" icon={<CheckCircleOutlined />} onClick={() => onComplete(task)}>
                    {t('cases.detail.completeTask')}
                  </Button>,
                ]
              : []
          }
        >
          <List.Item.Meta
            title={
              <Flex gap={8} wrap align="center">
                <span>{task.departmentName}</span>
                <Tag>{labelOf('cases.taskKind', task.kind)}</Tag>
                <Tag color={task.status === 'open' ? 'processing' : 'success'}>{labelOf('cases.taskStatus', task.status)}</Tag>
              </Flex>
            }
            description={
              <>
                {task.note ? <div className="pre-wrap">{task.note}</div> : null}
                <div className="case-task-meta">
                  {t('cases.detail.taskCreated', { name: task.createdByName ?? t('cases.system'), time: formatDateTime(task.createdAt) })}
                  {task.completedAt
                    ? ` · ${t('cases.detail.taskCompleted', { name: task.completedByName ?? '', time: formatDateTime(task.completedAt) })}`
                    : ''}
                </div>
                {task.resultNote ? <div className="case-task-result pre-wrap">{t('cases.detail.taskResult', { note: task.resultNote })}</div> : null}
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}

function RatingTab({ detail, onRate }: { detail: CaseDetail; onRate: (() => void) | null }) {
  const { t } = useTranslation();
  const r = detail.rating;
  if (!r) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={onRate ? t('cases.detail.rateInvite') : t('cases.detail.notRated')}>
        {onRate ? (
          <Button type="primary" onClick={onRate}>
            {labelOf('cases.action', 'rate')}
          </Button>
        ) : null}
      </Empty>
    );
  }
  return (
    <Descriptions
      column={1}
      items={[
        {
          key: 'level',
          label: t('cases.form.level'),
          children: (
            <Flex gap={8} align="center" wrap>
              <Rate disabled value={r.level} />
              <Tag color={r.level <= 2 ? 'error' : r.level >= 4 ? 'success' : 'default'}>{labelOf('cases.rating', String(r.level))}</Tag>
            </Flex>
          ),
        },
        ...(r.reason ? [{ key: 'reason', label: t('cases.form.badReason'), children: <span className="pre-wrap">{r.reason}</span> }] : []),
        ...(r.comment ? [{ key: 'comment', label: t('cases.form.comment'), children: <span className="pre-wrap">{r.comment}</span> }] : []),
        { key: 'by', label: t('cases.detail.ratedBy'), children: `${r.ratedByName ?? ''} ${formatDateTime(r.ratedAt)}` },
      ]}
    />
  );
}

/** `/cases/:id`: the case with its next actions for this user, timeline, materials, tasks and rating. */
export default function CaseDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const location = useLocation();
  const messageOf = useErrorMessage();
  const query = useQuery(caseQuery(id));
  const departments = useQuery(departmentsQuery);
  const detail = query.data;
  const item = useQuery({ ...itemQuery(detail?.itemId ?? ''), enabled: Boolean(detail?.itemId) });
  const resource = useQuery({ ...resourceQuery(detail?.resourceId ?? ''), enabled: Boolean(detail?.resourceId) });
  const [action, setAction] = useState<CaseAction | null>(null);
  const [taskId, setTaskId] = useState<string | null>(null);
  const [tab, setTab] = useState('timeline');
  const submittedNumber = (location.state as { submitted?: string } | null)?.submitted;

  const names: NameLookup = useMemo(() => {
    const depts = new Map((departments.data ?? []).map((d) => [d.id, d.name]));
    const users = new Map((detail?.assignableUsers ?? []).map((u) => [u.id, u.displayName]));
    if (detail?.assigneeUserId && detail.assigneeName) users.set(detail.assigneeUserId, detail.assigneeName);
    return { department: (x) => depts.get(x), user: (x) => users.get(x), join: (list) => list.join(t('common.listSeparator')) };
  }, [departments.data, detail, t]);

  const back = <BackButton fallback="/cases" label={t('cases.detail.back')} />;
  if (!query.data) return <DetailLoadState title={t('cases.detail.title')} query={query} notFound={t('cases.detail.notFound')} back={back} />;

  const d = query.data;
  const actions = orderActions(d.allowedActions);
  const primary = primaryAction(actions);
  const open = (a: CaseAction, task?: CaseTask) => {
    setTaskId(task?.id ?? null);
    setAction(a);
  };
  const isEnterprise = can(user, 'case.submit') && user.enterpriseId === d.enterpriseId;
  const supplementNote = d.status === 'supplement_requested' ? supplementRequestNote(d.events) : null;
  const itemName = item.data?.name;
  const openTasks = d.tasks.filter((x) => x.status === 'open').length;

  const subject =
    d.kind === 'item' && d.itemId ? (
      <span>
        <Link to={`/hall/items/${encodeURIComponent(d.itemId)}`}>{itemName ?? t('cases.detail.itemLink')}</Link>
        {d.itemVersion !== null ? (
          <Typography.Text type="secondary">
            {' '}
            {t('cases.detail.itemVersion', { version: d.itemVersion })}
            {item.data && item.data.version !== d.itemVersion ? ` · ${t('cases.detail.itemCurrentVersion', { version: item.data.version })}` : ''}
          </Typography.Text>
        ) : null}
      </span>
    ) : d.kind === 'resource' && d.resourceId ? (
      <Link to={`/hall/resources/${encodeURIComponent(d.resourceId)}`}>{resource.data?.name ?? t('cases.detail.resourceLink')}</Link>
    ) : (
      labelOf('cases.kind', d.kind)
    );

  return (
    <>
      <PageHeader
        title={d.title}
        subTitle={
          <Flex gap={8} wrap align="center">
            <span className="mono">{d.number}</span>
            <CaseStatusTag status={d.status} />
            <SlaTag c={d} />
            {d.escalatedAt && d.slaState !== 'done' ? <Tag color="error">{t('cases.supervised')}</Tag> : null}
            {d.channel === 'desk' ? <Tag>{labelOf('cases.channel', d.channel)}</Tag> : null}
          </Flex>
        }
        extra={
          <ActionBar actions={actions} primary={primary} danger={dangerActions} labelOf={(a) => labelOf('cases.action', a)} onAction={(a) => open(a)} ariaLabel={t('cases.detail.actions')} className="case-actions">
            {back}
          </ActionBar>
        }
      />
      <Flex vertical gap={16}>
        {query.error ? <Alert type="warning" showIcon title={t('cases.detail.refreshFailed')} description={messageOf(query.error)} /> : null}
        {submittedNumber === d.number ? (
          <Alert type="success" showIcon closable title={t('cases.detail.submittedTitle', { number: d.number })} description={t('cases.detail.submittedHint')} />
        ) : null}
        {isEnterprise ? (
          <Alert
            type={d.status === 'supplement_requested' || d.status === 'resolved' ? 'warning' : d.status === 'rejected' ? 'error' : 'info'}
            showIcon
            title={<NextStepText status={d.status} />}
            description={supplementNote ?? (enterpriseNextStep(d.status) === 'rate' ? t('cases.detail.rateHint') : undefined)}
          />
        ) : supplementNote ? (
          <Alert type="warning" showIcon title={t('cases.detail.awaitingSupplement')} description={supplementNote} />
        ) : null}
        {d.allowedActions.includes('add_co_handler') && openTasks > 0 ? <Alert type="info" showIcon title={t('cases.detail.openTasksHint', { count: openTasks })} /> : null}
        <Card title={t('cases.detail.basicInfo')}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
            items={[
              { key: 'number', label: t('cases.field.number'), children: <span className="mono">{d.number}</span> },
              {
                key: 'enterprise',
                label: t('cases.field.enterprise'),
                children: can(user, 'enterprise.read_all') ? <Link to={`/enterprises/${encodeURIComponent(d.enterpriseId)}`}>{d.enterpriseName}</Link> : d.enterpriseName,
              },
              { key: 'subject', label: d.kind === 'resource' ? t('cases.field.resource') : d.kind === 'item' ? t('cases.field.item') : t('cases.field.kind'), children: subject },
              { key: 'lead', label: t('cases.field.leadDepartment'), children: d.leadDepartmentName },
              { key: 'assignee', label: t('cases.field.assignee'), children: d.assigneeName ?? t('cases.unassigned') },
              { key: 'channel', label: t('cases.field.channel'), children: labelOf('cases.channel', d.channel) },
              { key: 'submitted', label: t('cases.field.submittedAt'), children: `${formatDateTime(d.submittedAt)}${d.submittedByName ? ` · ${d.submittedByName}` : ''}` },
              { key: 'promised', label: t('cases.field.promisedDays'), children: t('cases.promisedDaysValue', { days: d.promisedDays }) },
              { key: 'due', label: t('cases.field.dueOn'), children: <DueDate c={d} /> },
              ...(d.acceptedAt ? [{ key: 'accepted', label: t('cases.field.acceptedAt'), children: formatDateTime(d.acceptedAt) }] : []),
              ...(d.resolvedAt ? [{ key: 'resolved', label: t('cases.field.resolvedAt'), children: formatDateTime(d.resolvedAt) }] : []),
              ...(d.pausedWorkingDays > 0 || d.pausedSince
                ? [
                    {
                      key: 'paused',
                      label: t('cases.field.paused'),
                      children: d.pausedSince ? t('cases.detail.pausedSince', { date: formatDate(d.pausedSince) }) : t('cases.detail.pausedDays', { days: d.pausedWorkingDays }),
                    },
                  ]
                : []),
              ...(d.escalatedAt ? [{ key: 'escalated', label: t('cases.field.escalatedAt'), children: formatDateTime(d.escalatedAt) }] : []),
              ...(d.reopenCount > 0 ? [{ key: 'reopened', label: t('cases.field.reopenCount'), children: d.reopenCount }] : []),
              { key: 'description', label: t('cases.field.description'), span: 'filled', children: <span className="pre-wrap">{d.description || t('common.empty')}</span> },
            ]}
          />
        </Card>
        <Card>
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              { key: 'timeline', label: t('cases.detail.tabTimeline'), children: <TimelineTab detail={d} names={names} /> },
              { key: 'materials', label: t('cases.detail.tabMaterials', { count: d.materials.length }), children: <MaterialsTab detail={d} /> },
              { key: 'tasks', label: t('cases.detail.tabTasks', { count: d.tasks.length }), children: <TasksTab detail={d} onComplete={(task) => open('complete_task', task)} /> },
              {
                key: 'rating',
                label: t('cases.detail.tabRating'),
                children: <RatingTab detail={d} onRate={d.allowedActions.includes('rate') ? () => open('rate') : null} />,
              },
            ]}
          />
        </Card>
      </Flex>
      <CaseActionModal
        key={`${action ?? ''}-${taskId ?? ''}`}
        detail={d}
        action={action}
        taskId={taskId}
        itemMaterials={item.data?.materials.map((m) => m.name) ?? []}
        onClose={() => setAction(null)}
      />
    </>
  );
}
