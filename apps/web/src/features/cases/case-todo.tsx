import { useQuery } from '@tanstack/react-query';
import type { CaseSummary, CurrentUser } from '@yunju/contracts';
import { caseQueueCodes } from '@yunju/contracts/case-codes';
import { Button, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { toneColor } from '../../components/tone.ts';
import { formatNumber } from '../../format.ts';
import { api } from '../../api.ts';
import { labelOf } from '../../i18n/labels.ts';
import { queueTone, type Tone } from './case-model.ts';
import { SlaTag } from './case-tags.tsx';
import { caseQueuesQuery } from './cases-api.ts';
import './cases.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

/** Whether the workbench's to-do card has case work to show for this user. */
export function hasCaseTodo(user: CurrentUser): boolean {
  const p = user.permissions;
  return (p.includes('case.handle') && user.departmentId !== null) || p.includes('case.supervise') || p.includes('case.submit') || p.includes('case.register_walk_in');
}

/** How many cases a list filter matches (`total` of a one-row page). */
const countQuery = (key: string, query: Record<string, string>) => ({
  queryKey: ['cases', 'count', key, query],
  queryFn: async ({ signal }: { signal: AbortSignal }) => (await api.get<{ total: number }>(key, { ...query, page: 1, pageSize: 1 }, signal)).total,
  refetchInterval: 60_000,
});

interface Row {
  key: string;
  label: string;
  count: number | undefined;
  to: string;
  tone: Tone;
}

function TodoRows({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <ul className="case-todo">
      {rows.map((r) => {
        const zero = r.count === 0;
        return (
          <li key={r.key}>
            <Link to={r.to} className="case-todo-link" aria-label={r.count === undefined ? r.label : t('cases.todo.linkLabel', { label: r.label, count: r.count })}>
              <span className="case-todo-label">{r.label}</span>
              <span className="case-todo-count" style={{ color: zero ? 'rgba(0,0,0,0.35)' : toneColor[r.tone] }}>
                {r.count === undefined ? '…' : formatNumber(r.count)}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** An officer's queues (待受理, 办理中, 即将超期, 已超期 …) as to-do links. */
function QueueTodo() {
  const queues = useQuery(caseQueuesQuery);
  if (queues.error) return <ProblemAlert error={queues.error} />;
  if (queues.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  const rows: Row[] = caseQueueCodes.map((key) => ({
    key,
    label: labelOf('cases.queue', key),
    count: queues.data.queues.find((q) => q.key === key)?.count ?? 0,
    to: `/cases?queue=${key}`,
    tone: queueTone[key],
  }));
  // The most urgent cases first: overdue, due soon, then waiting to be accepted.
  const seen = new Set<string>();
  const urgent = (['overdue', 'due_soon', 'to_accept'] as const)
    .flatMap((key) => queues.data.queues.find((q) => q.key === key)?.items ?? [])
    .filter((c) => !seen.has(c.id) && seen.add(c.id))
    .slice(0, 5);
  return (
    <>
      <TodoRows rows={rows} />
      {urgent.length > 0 ? <UrgentCases cases={urgent} /> : null}
    </>
  );
}

function UrgentCases({ cases }: { cases: CaseSummary[] }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('cases.todo.urgent')} className="case-urgent">
      <h3 className="case-todo-heading">{t('cases.todo.urgent')}</h3>
      <ul className="case-todo">
        {cases.map((c) => (
          <li key={c.id} className="case-urgent-item">
            <Link to={`/cases/${encodeURIComponent(c.id)}`} className="case-urgent-title">
              {c.title}
            </Link>
            <span className="case-urgent-meta">
              <span className="mono">{c.number}</span>
              <SlaTag c={c} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The bureau's and leader's supervision figure (督办) and the county's overdue cases. */
function SupervisionTodo() {
  const { t } = useTranslation();
  const supervised = useQuery(countQuery('/api/cases/supervision', {}));
  const overdue = useQuery(countQuery('/api/cases', { sla: 'overdue' }));
  const dueSoon = useQuery(countQuery('/api/cases', { sla: 'due_soon' }));
  return (
    <TodoRows
      rows={[
        { key: 'supervision', label: t('cases.todo.supervision'), count: supervised.data, to: '/supervision', tone: 'error' },
        { key: 'overdue', label: t('cases.todo.countyOverdue'), count: overdue.data, to: '/cases?sla=overdue', tone: 'error' },
        { key: 'due_soon', label: t('cases.todo.countyDueSoon'), count: dueSoon.data, to: '/cases?sla=due_soon', tone: 'warning' },
      ]}
    />
  );
}

/** The enterprise's cases that wait for it (补正, 评价) and those in handling. */
function EnterpriseTodo() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const supplement = useQuery(countQuery('/api/cases', { status: 'supplement_requested' }));
  const rate = useQuery(countQuery('/api/cases', { status: 'resolved' }));
  const waiting = useQuery(countQuery('/api/cases', { status: 'submitted' }));
  return (
    <Flex vertical gap={12}>
      <TodoRows
        rows={[
          { key: 'supplement', label: t('cases.todo.toSupplement'), count: supplement.data, to: '/cases?status=supplement_requested', tone: 'warning' },
          { key: 'rate', label: t('cases.todo.toRate'), count: rate.data, to: '/cases?status=resolved', tone: 'warning' },
          { key: 'waiting', label: t('cases.todo.waitingAccept'), count: waiting.data, to: '/cases?status=submitted', tone: 'processing' },
        ]}
      />
      <Flex gap={8} wrap>
        <Button type="primary" onClick={() => void navigate('/hall')}>
          {t('cases.list.goHall')}
        </Button>
        <Button onClick={() => void navigate('/cases')}>{t('cases.todo.myCases')}</Button>
      </Flex>
    </Flex>
  );
}

/** The desk: walk-in cases waiting for papers, and the registration entry. */
function DeskTodo() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const supplement = useQuery(countQuery('/api/cases', { status: 'supplement_requested' }));
  const today = useQuery(countQuery('/api/cases', { status: 'submitted' }));
  return (
    <Flex vertical gap={12}>
      <TodoRows
        rows={[
          { key: 'supplement', label: t('cases.todo.deskSupplement'), count: supplement.data, to: '/cases?status=supplement_requested', tone: 'warning' },
          { key: 'submitted', label: t('cases.todo.deskWaiting'), count: today.data, to: '/cases?status=submitted', tone: 'processing' },
        ]}
      />
      <Button type="primary" onClick={() => void navigate('/cases/walk-in')}>
        {t('cases.walkIn.title')}
      </Button>
    </Flex>
  );
}

/** The case part of the workbench's to-do card (待办), by what the user does. */
export function CaseTodo({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const labels = { queues: t('cases.todo.myQueues'), county: t('cases.todo.county') };
  const p = user.permissions;
  const handles = p.includes('case.handle') && user.departmentId !== null;
  const supervises = p.includes('case.supervise');
  if (handles || supervises) {
    const both = handles && supervises;
    return (
      <Flex vertical gap={12}>
        {handles ? (
          <section aria-label={both ? labels.queues : undefined}>
            {both ? <h3 className="case-todo-heading">{labels.queues}</h3> : null}
            <QueueTodo />
          </section>
        ) : null}
        {supervises ? (
          <section aria-label={both ? labels.county : undefined}>
            {both ? <h3 className="case-todo-heading">{labels.county}</h3> : null}
            <SupervisionTodo />
          </section>
        ) : null}
      </Flex>
    );
  }
  if (p.includes('case.submit')) return <EnterpriseTodo />;
  if (p.includes('case.register_walk_in')) return <DeskTodo />;
  return null;
}
