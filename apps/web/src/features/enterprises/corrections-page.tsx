import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Correction, CorrectionStatus } from '@yunju/contracts';
import { App, Button, Card, Descriptions, Flex, Input, Modal, Segmented, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataView } from '../../components/data-view.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadFailedAlert, ProblemAlert } from '../../components/problem-alert.tsx';
import { intParam } from '../../components/search-params.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatDateTime, formatNumber } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { correctionsQuery, decideCorrection } from './enterprise-file-api.ts';
import { formatWan } from './enterprise-model.ts';
import { countFields, moneyFields } from './file-modals.tsx';
import './enterprises.css';
import './locale.ts';

const statuses: readonly CorrectionStatus[] = ['pending', 'approved', 'rejected', 'applied'];
const statusColor: Record<CorrectionStatus, string> = { pending: 'warning', approved: 'success', rejected: 'error', applied: 'default' };

/** One changed value as it reads: money in 万元, counts with separators. */
function useValueText() {
  const { t } = useTranslation();
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('common.empty');
    if ((moneyFields as readonly string[]).includes(field) && typeof value === 'number') return `${formatWan(value)} ${t('enterprise.stats.wan')}`;
    if (typeof value === 'number') return formatNumber(value);
    if (Array.isArray(value)) return t('enterprise.corrections.items', { count: value.length });
    return typeof value === 'string' ? value : JSON.stringify(value);
  };
}

/** The label of a corrected field: a statistics field, or one of the contact data. */
function fieldLabel(field: string): string {
  const key = (moneyFields as readonly string[]).includes(field) || (countFields as readonly string[]).includes(field) ? `stats.fields.${field}` : field === 'contacts' ? 'contacts.title' : field;
  return labelOf('enterprise', key);
}

/** The changes of a correction, field by field: before → after (changed values in bold). */
function Changes({ correction }: { correction: Correction }) {
  const { t } = useTranslation();
  const valueText = useValueText();
  const stats = correction.changes.stats && typeof correction.changes.stats === 'object' ? (correction.changes.stats as Record<string, unknown>) : null;
  const changes = stats ?? correction.changes;
  const before = correction.before ?? {};
  const order: readonly string[] = [...moneyFields, ...countFields, 'address', 'contactPhone', 'contacts'];
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const rows = Object.entries(changes)
    .filter(([key]) => key !== 'note' && key !== 'kind' && key !== 'year')
    .sort(([a], [b]) => rank(a) - rank(b));
  return (
    <Table
      size="small"
      rowKey={([key]) => key}
      pagination={false}
      dataSource={rows}
      scroll={{ x: 480 }}
      columns={[
        { key: 'field', title: t('enterprise.corrections.field'), render: (_, [key]) => fieldLabel(key) },
        { key: 'before', title: t('enterprise.corrections.before'), render: (_, [key]) => valueText(key, before[key]) },
        {
          key: 'after',
          title: t('enterprise.corrections.after'),
          render: (_, [key, value]) => {
            const text = valueText(key, value);
            return JSON.stringify(before[key]) !== JSON.stringify(value) ? <Typography.Text strong>{text}</Typography.Text> : text;
          },
        },
      ]}
    />
  );
}

/** Officers confirm or reject the statistics an enterprise corrected in its own file. */
export default function CorrectionsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const status = (statuses as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as CorrectionStatus) : 'pending';
  const page = intParam(params.get('page'), 1);
  const list = useQuery({ ...correctionsQuery({ page, pageSize: 20, status }), placeholderData: keepPreviousData });
  const canDecide = can(user, 'enterprise.manage');
  const [deciding, setDeciding] = useState<{ correction: Correction; approve: boolean } | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const isPhone = useIsPhone();
  const pagination = {
    page,
    pageSize: 20,
    total: list.data?.total ?? 0,
    onChange: (p: number) => setParams({ ...(status === 'pending' ? {} : { status }), page: String(p) }),
  };

  const decide = async () => {
    if (!deciding) return;
    setBusy(true);
    setError(null);
    try {
      await decideCorrection(deciding.correction.id, { approve: deciding.approve, ...(note.trim() ? { note: note.trim() } : {}) });
      void message.success(deciding.approve ? t('enterprise.corrections.approved') : t('enterprise.corrections.rejected'));
      setDeciding(null);
      setNote('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const actions = (c: Correction) =>
    canDecide && c.status === 'pending' ? (
      <Space>
        <Button size="small" type="primary" onClick={() => setDeciding({ correction: c, approve: true })}>
          {t('enterprise.corrections.approve')}
        </Button>
        <Button size="small" danger onClick={() => setDeciding({ correction: c, approve: false })}>
          {t('enterprise.corrections.reject')}
        </Button>
      </Space>
    ) : null;

  const columns: TableColumnsType<Correction> = [
    { key: 'enterprise', title: t('enterprise.name'), render: (_, c) => <Link to={`/enterprises/${encodeURIComponent(c.enterpriseId)}?tab=stats`}>{c.enterpriseName}</Link> },
    { key: 'kind', title: t('enterprise.corrections.kind'), render: (_, c) => (c.kind === 'stats' ? t('enterprise.corrections.kindStats', { year: c.year ?? '' }) : t('enterprise.corrections.kindProfile')) },
    { key: 'submittedAt', title: t('enterprise.corrections.submittedAt'), render: (_, c) => formatDateTime(c.submittedAt) },
    { key: 'note', title: t('enterprise.corrections.note'), render: (_, c) => c.note ?? t('common.empty'), ellipsis: { showTitle: true } },
    { key: 'status', title: t('enterprise.corrections.status'), render: (_, c) => <Tag color={statusColor[c.status]}>{t(`enterprise.corrections.statuses.${c.status}`)}</Tag> },
    { key: 'actions', title: t('enterprise.actions'), render: (_, c) => actions(c) },
  ];

  return (
    <>
      <PageHeader title={t('enterprise.corrections.title')} subTitle={t('enterprise.corrections.subtitle')} />
      <Card>
        <Flex vertical gap={12}>
          <Segmented<CorrectionStatus>
            value={status}
            onChange={(v) => setParams(v === 'pending' ? {} : { status: v })}
            options={statuses.map((s) => ({ value: s, label: t(`enterprise.corrections.statuses.${s}`) }))}
          />
          {list.error ? <LoadFailedAlert error={list.error} onRetry={() => list.refetch()} /> : null}
          {isPhone ? (
            <DataView<Correction>
              ariaLabel={t('enterprise.corrections.title')}
              rows={list.data?.items}
              rowKey={(c) => c.id}
              columns={columns}
              loading={list.isFetching}
              emptyText={t('enterprise.corrections.empty')}
              pagination={pagination}
              renderCard={(c) => (
                <Card size="small" title={<Link to={`/enterprises/${encodeURIComponent(c.enterpriseId)}?tab=stats`}>{c.enterpriseName}</Link>} extra={<Tag color={statusColor[c.status]}>{t(`enterprise.corrections.statuses.${c.status}`)}</Tag>}>
                  <Descriptions
                    column={1}
                    size="small"
                    items={[
                      { key: 'kind', label: t('enterprise.corrections.kind'), children: c.kind === 'stats' ? t('enterprise.corrections.kindStats', { year: c.year ?? '' }) : t('enterprise.corrections.kindProfile') },
                      { key: 'at', label: t('enterprise.corrections.submittedAt'), children: formatDateTime(c.submittedAt) },
                    ]}
                  />
                  <Changes correction={c} />
                  <div className="block-gap">{actions(c)}</div>
                </Card>
              )}
            />
          ) : (
            <Table<Correction>
              aria-label={t('enterprise.corrections.title')}
              rowKey="id"
              columns={columns}
              dataSource={list.data?.items}
              loading={list.isFetching}
              expandable={{ expandedRowRender: (c) => <Changes correction={c} />, defaultExpandAllRows: false }}
              locale={{ emptyText: t('enterprise.corrections.empty') }}
              scroll={{ x: 'max-content' }}
              pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, showTotal: (total) => t('common.total', { total }), onChange: pagination.onChange }}
            />
          )}
        </Flex>
      </Card>
      <Modal
        open={deciding !== null}
        title={deciding ? t(deciding.approve ? 'enterprise.corrections.approveTitle' : 'enterprise.corrections.rejectTitle', { name: deciding.correction.enterpriseName }) : ''}
        okText={deciding?.approve ? t('enterprise.corrections.approve') : t('enterprise.corrections.reject')}
        okButtonProps={{ danger: deciding ? !deciding.approve : false }}
        cancelText={t('enterprise.form.cancel')}
        confirmLoading={busy}
        onOk={() => void decide()}
        onCancel={() => {
          setDeciding(null);
          setError(null);
        }}
        destroyOnHidden
      >
        {deciding ? <Changes correction={deciding.correction} /> : null}
        <Input.TextArea
          className="block-gap"
          aria-label={t('enterprise.corrections.decisionNote')}
          placeholder={t('enterprise.corrections.decisionNote')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={500}
          autoSize={{ minRows: 2, maxRows: 4 }}
        />
        {error ? <ProblemAlert error={error} /> : null}
      </Modal>
    </>
  );
}
