import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Target, Task } from '@yunju/contracts';
import { App, Button, Card, Flex, InputNumber, Progress, Segmented, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useErrorMessage } from '../../components/error-message.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { intParam } from '../../components/search-params.ts';
import { formatDate } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { targetsQuery, tasksQuery, updateTask } from './coverage-api.ts';
import { formatRate, percent } from './coverage-model.ts';
import { TargetModal, TaskModal } from './task-modals.tsx';
import './coverage.css';
import './locale.ts';

/** 年度任务: targets per town and department with progress from the data; tasks with owners and due dates. */
export default function TasksPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const year = intParam(params.get('year'), new Date().getFullYear(), 2100);
  const mine = params.get('mine') === 'true';
  const targets = useQuery({ ...targetsQuery(year), placeholderData: keepPreviousData });
  const tasks = useQuery({ ...tasksQuery(year, mine), placeholderData: keepPreviousData });
  const [dialog, setDialog] = useState<'target' | 'task' | null>(null);
  const canTargets = can(user, 'coverage.manage_targets');
  const canTasks = can(user, 'coverage.manage_tasks');
  const canEditTask = (task: Task) => canTasks && (user.role === 'bureau_admin' || task.departmentId === user.departmentId);
  const set = (changes: Record<string, string | undefined>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined || v === '') next.delete(k);
        else next.set(k, v);
      }
      return next;
    });

  const toggle = async (task: Task) => {
    try {
      await updateTask(task.id, { status: task.status === 'open' ? 'closed' : 'open' });
      void message.success(task.status === 'open' ? t('coverage.tasks.closed') : t('coverage.tasks.reopened'));
    } catch (error) {
      void message.error(messageOf(error));
    }
  };

  const targetColumns: TableColumnsType<Target> = [
    {
      key: 'scope',
      title: t('coverage.tasks.scope'),
      render: (_, x) => (
        <Space size={4} wrap>
          <Tag>{t(`coverage.tasks.scopeTypes.${x.scopeType}`)}</Tag>
          {x.scopeName}
        </Space>
      ),
    },
    { key: 'flag', title: t('coverage.flagLabel'), render: (_, x) => labelOf('coverage.flag', x.flag) },
    { key: 'target', title: t('coverage.tasks.targetRate'), align: 'right', render: (_, x) => `≥ ${formatRate(x.targetRate)}` },
    { key: 'baseline', title: t('coverage.tasks.baseline'), align: 'right', render: (_, x) => formatRate(x.baselineRate) },
    {
      key: 'actual',
      title: t('coverage.tasks.actual'),
      width: 200,
      render: (_, x) => (
        <Progress
          size="small"
          percent={percent(x.actualRate)}
          success={{ percent: x.met ? percent(x.actualRate) : 0 }}
          format={() => formatRate(x.actualRate)}
          aria-label={t('coverage.tasks.actualAria', { actual: formatRate(x.actualRate), target: formatRate(x.targetRate) })}
        />
      ),
    },
    { key: 'due', title: t('coverage.tasks.dueOn'), render: (_, x) => formatDate(x.dueOn) },
    { key: 'met', title: t('coverage.tasks.state'), render: (_, x) => (x.met ? <Tag color="success">{t('coverage.tasks.met')}</Tag> : <Tag color="warning">{t('coverage.tasks.notMet')}</Tag>) },
  ];

  const taskColumns: TableColumnsType<Task> = [
    { key: 'title', title: t('coverage.tasks.title'), dataIndex: 'title' },
    { key: 'flag', title: t('coverage.flagLabel'), render: (_, x) => labelOf('coverage.flag', x.flag) },
    { key: 'department', title: t('coverage.tasks.department'), dataIndex: 'departmentName' },
    { key: 'assignee', title: t('coverage.tasks.assignee'), dataIndex: 'assigneeName' },
    {
      key: 'due',
      title: t('coverage.tasks.dueOn'),
      render: (_, x) => (x.overdue && x.status === 'open' ? <Typography.Text type="danger">{t('coverage.tasks.overdue', { date: formatDate(x.dueOn) })}</Typography.Text> : formatDate(x.dueOn)),
    },
    {
      key: 'progress',
      title: t('coverage.tasks.progress'),
      width: 200,
      render: (_, x) => <Progress size="small" percent={percent(x.progress)} format={() => t('coverage.tasks.progressValue', { covered: x.covered, total: x.enterpriseIds.length })} />,
    },
    { key: 'status', title: t('coverage.tasks.state'), render: (_, x) => (x.status === 'open' ? <Tag color="processing">{t('coverage.tasks.open')}</Tag> : <Tag>{t('coverage.tasks.closedTag')}</Tag>) },
    {
      key: 'actions',
      title: t('coverage.actions'),
      render: (_, x) =>
        canEditTask(x) ? (
          <Button size="small" onClick={() => void toggle(x)}>
            {x.status === 'open' ? t('coverage.tasks.close') : t('coverage.tasks.reopen')}
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('coverage.tasks.pageTitle')}
        extra={
          <InputNumber
            aria-label={t('coverage.year')}
            min={2000}
            max={2100}
            value={year}
            precision={0}
            onChange={(v) => (v ? set({ year: String(v) }) : undefined)}
            style={{ width: 120 }}
          />
        }
      />
      <Card
        title={t('coverage.tasks.targetsTitle', { year })}
        extra={
          canTargets ? (
            <Button icon={<PlusOutlined />} onClick={() => setDialog('target')}>
              {t('coverage.tasks.newTarget')}
            </Button>
          ) : null
        }
      >
        {targets.error ? <LoadFailedAlert error={targets.error} onRetry={() => targets.refetch()} /> : null}
        <Table<Target>
          size="small"
          rowKey="id"
          aria-label={t('coverage.tasks.targetsTitle', { year })}
          loading={targets.isFetching}
          columns={targetColumns}
          dataSource={targets.data?.items}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('coverage.tasks.targetsEmpty') }}
        />
      </Card>
      <Card
        className="block-gap"
        title={t('coverage.tasks.tasksTitle')}
        extra={
          <Space wrap>
            <Segmented
              value={mine ? 'mine' : 'all'}
              onChange={(v) => set({ mine: v === 'mine' ? 'true' : undefined })}
              options={[
                { value: 'all', label: t('coverage.tasks.all') },
                { value: 'mine', label: t('coverage.tasks.mine') },
              ]}
            />
            {canTasks ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('task')}>
                {t('coverage.tasks.newTask')}
              </Button>
            ) : null}
          </Space>
        }
      >
        {tasks.error ? <LoadFailedAlert error={tasks.error} onRetry={() => tasks.refetch()} /> : null}
        <Table<Task>
          size="small"
          rowKey="id"
          aria-label={t('coverage.tasks.tasksTitle')}
          loading={tasks.isFetching}
          columns={taskColumns}
          dataSource={tasks.data?.items}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 1000 }}
          locale={{ emptyText: t('coverage.tasks.tasksEmpty') }}
        />
        <Flex className="block-gap">
          <Typography.Text type="secondary">{t('coverage.tasks.progressHint')}</Typography.Text>
        </Flex>
      </Card>
      {dialog === 'target' ? <TargetModal year={year} onClose={() => setDialog(null)} /> : null}
      {dialog === 'task' ? <TaskModal year={year} targets={targets.data?.items ?? []} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
