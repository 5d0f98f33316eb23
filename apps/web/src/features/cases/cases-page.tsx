import { DownloadOutlined, FormOutlined, PlusOutlined, ShopOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { CaseSummary, UserRef } from '@yunju/contracts';
import { caseQueueCodes, type CaseQueueCode } from '@yunju/contracts/case-codes';
import { Alert, App, Badge, Button, Form, Modal, Select, Space, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useErrorMessage } from '../../components/error-message.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { caseParamsFromSearch, exportHref, queueTone, type CaseListParams } from './case-model.ts';
import { CaseFilterBar, CaseTable, toSearch, type ListVariant } from './case-list.tsx';
import { bulkAssign, caseQueuesQuery } from './cases-api.ts';
import './cases.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

const ALL = 'all';

function useListParams(): [CaseListParams, (next: CaseListParams) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => caseParamsFromSearch(searchParams), [searchParams]);
  return [params, (next) => setSearchParams(toSearch(next))];
}

function ExportButton({ params }: { params: CaseListParams }) {
  const { t } = useTranslation();
  return (
    <Button icon={<DownloadOutlined />} href={exportHref(params)} download>
      {t('cases.list.export')}
    </Button>
  );
}

/** Statuses in which the lead department may still assign a case. */
const assignable = new Set<CaseSummary['status']>(['submitted', 'accepted', 'in_progress']);

function BulkAssignModal({ open, caseIds, colleagues, onClose, onDone }: { open: boolean; caseIds: string[]; colleagues: UserRef[]; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const [form] = Form.useForm<{ userId: string }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async ({ userId }: { userId: string }) => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await bulkAssign(caseIds, userId);
      void message.success(t('cases.bulk.done', { count: result.assigned, name: colleagues.find((c) => c.id === userId)?.displayName ?? '' }));
      onDone();
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('cases.bulk.title', { count: caseIds.length })}
      okText={t('cases.bulk.submit')}
      okButtonProps={{ loading: busy }}
      cancelText={t('cases.action.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" name="bulk-assign" onFinish={(v) => void submit(v)}>
        <Form.Item label={t('cases.bulk.colleague')} name="userId" rules={[{ required: true, message: t('cases.bulk.colleagueRequired') }]}>
          <Select autoFocus showSearch={{ optionFilterProp: 'label' }} options={colleagues.map((c) => ({ value: c.id, label: c.displayName }))} placeholder={t('cases.bulk.colleaguePlaceholder')} />
        </Form.Item>
      </Form>
      {problem ? <Alert type="error" showIcon role="alert" title={problem} /> : null}
    </Modal>
  );
}

/** 办件管理: the officer's queues as tabs with counts, filters, bulk assignment, export. */
function OfficerCases() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const [params, setParams] = useListParams();
  const queues = useQuery(caseQueuesQuery);
  const [selected, setSelected] = useState<string[]>([]);
  const [assigning, setAssigning] = useState(false);
  const colleagues = queues.data?.colleagues ?? [];
  // The server lets officers (not the bureau admin) bulk-assign, to colleagues of their department.
  const canBulkAssign = user.role === 'officer' && colleagues.length > 0 && !isPhone;
  // The bureau admin sees the whole county: the list adds the lead department.
  const variant: ListVariant = user.role === 'bureau_admin' ? 'all' : 'officer';
  const countOf = (key: CaseQueueCode) => queues.data?.queues.find((q) => q.key === key)?.count;

  const onParams = (next: CaseListParams) => {
    setSelected([]);
    setParams(next);
  };

  const tabs = [
    { key: ALL, label: t('cases.queue.all') },
    ...caseQueueCodes.map((key) => {
      const count = countOf(key);
      return {
        key,
        label: (
          <span className="case-queue-tab">
            {labelOf('cases.queue', key)}
            {count !== undefined ? (
              <Badge
                count={count}
                showZero
                overflowCount={999}
                color={count === 0 ? '#bfbfbf' : queueTone[key] === 'error' ? '#cf1322' : queueTone[key] === 'warning' ? '#d48806' : '#1668dc'}
                aria-label={t('cases.queue.countLabel', { count })}
              />
            ) : null}
          </span>
        ),
      };
    }),
  ];

  return (
    <>
      <PageHeader title={t('cases.list.officerTitle')} subTitle={user.departmentName ?? undefined} />
      <Tabs
        className="case-queue-tabs"
        activeKey={params.queue ?? ALL}
        items={tabs}
        onChange={(key) => onParams({ ...params, page: 1, queue: key === ALL ? undefined : (key as CaseQueueCode) })}
      />
      {queues.error ? <Alert type="warning" showIcon title={t('cases.queue.countsFailed')} className="case-gap" /> : null}
      <CaseFilterBar variant={variant} params={params} onSearch={onParams} />
      <CaseTable
        variant={variant}
        params={params}
        onParams={onParams}
        emptyText={params.queue ? t('cases.list.emptyQueue') : t('cases.list.emptyOfficer')}
        rowSelection={
          canBulkAssign
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys.map(String)),
                getCheckboxProps: (c) => ({
                  disabled: c.leadDepartmentId !== user.departmentId || !assignable.has(c.status),
                  'aria-label': t('cases.bulk.select', { number: c.number }),
                }),
              }
            : undefined
        }
        toolbar={
          <Space wrap>
            {canBulkAssign ? (
              <Button icon={<UserSwitchOutlined />} disabled={selected.length === 0} onClick={() => setAssigning(true)}>
                {selected.length > 0 ? t('cases.bulk.buttonCount', { count: selected.length }) : t('cases.bulk.button')}
              </Button>
            ) : null}
            {can(user, 'case.export') ? <ExportButton params={params} /> : null}
            {canBulkAssign && selected.length === 0 ? <Typography.Text type="secondary">{t('cases.bulk.hint')}</Typography.Text> : null}
          </Space>
        }
      />
      <BulkAssignModal
        open={assigning}
        caseIds={selected}
        colleagues={colleagues}
        onClose={() => setAssigning(false)}
        onDone={() => {
          setAssigning(false);
          setSelected([]);
        }}
      />
    </>
  );
}

/** 我的办件: the enterprise's cases with the next step in plain words. */
function MyCases() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useListParams();
  return (
    <>
      <PageHeader
        title={t('cases.list.myTitle')}
        subTitle={t('cases.list.myHint')}
        extra={
          <Space wrap>
            <Button type="primary" icon={<ShopOutlined />} onClick={() => void navigate('/hall')}>
              {t('cases.list.goHall')}
            </Button>
            <Button icon={<FormOutlined />} onClick={() => void navigate('/cases/new')}>
              {t('cases.list.newRequest')}
            </Button>
          </Space>
        }
      />
      <CaseFilterBar variant="enterprise" params={params} onSearch={setParams} />
      <CaseTable variant="enterprise" params={params} onParams={setParams} emptyText={t('cases.list.emptyEnterprise')} />
    </>
  );
}

/** 办件查询: county-wide (leader) or walk-in (desk) cases, read-only. */
function AllCases({ variant }: { variant: ListVariant }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useListParams();
  const desk = can(user, 'case.register_walk_in');
  return (
    <>
      <PageHeader
        title={desk ? t('cases.list.deskTitle') : t('cases.list.allTitle')}
        extra={
          desk ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/cases/walk-in')}>
              {t('cases.walkIn.title')}
            </Button>
          ) : undefined
        }
      />
      <CaseFilterBar variant={variant} params={params} onSearch={setParams} />
      <CaseTable
        variant={variant}
        params={params}
        onParams={setParams}
        emptyText={desk ? t('cases.list.emptyDesk') : t('cases.list.emptyAll')}
        toolbar={can(user, 'case.export') ? <ExportButton params={params} /> : undefined}
      />
    </>
  );
}

/** `/cases`: the officer's queues, the enterprise's own cases, or a read-only list. */
export default function CasesPage() {
  const user = useCurrentUser();
  if (can(user, 'case.handle')) return <OfficerCases />;
  if (can(user, 'case.submit')) return <MyCases />;
  return <AllCases variant="all" />;
}
