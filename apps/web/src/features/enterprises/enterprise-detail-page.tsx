import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { Cooperation, EnterpriseDetail, LinkedRecord, Qualification, YearlyStats } from '@yunju/contracts';
import { Alert, App, Button, Card, Descriptions, Empty, Flex, Popconfirm, Result, Skeleton, Space, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../api.ts';
import { useErrorMessage } from '../../components/error-message.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatDate, formatDateTime, formatNumber } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { deleteCooperation, deleteQualification, enterpriseFileQuery } from './enterprise-file-api.ts';
import { EnterpriseFormDrawer } from './enterprise-form-drawer.tsx';
import { DemandsTab, DepositsTab, MatchesTab, ProjectsTab, projectsOf } from './enterprise-records.tsx';
import { daysUntil, expiryState, formatWan, ratios } from './enterprise-model.ts';
import { CoveragePanel } from './coverage-panel.tsx';
import { ContactsModal, CooperationModal, QualificationModal, StatsModal } from './file-modals.tsx';
import { TierPanel } from './tier-panel.tsx';
import '../cases/locale.ts'; // case status labels of the linked records
import './enterprises.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

type Dialog =
  | { kind: 'edit' }
  | { kind: 'stats'; stats: YearlyStats | null }
  | { kind: 'qualification'; qualification: Qualification | null }
  | { kind: 'cooperation' }
  | { kind: 'contacts' };

const tabKeys = ['basic', 'stats', 'qualifications', 'iur', 'tiers', 'coverage', 'linked', 'demands', 'matches', 'projects', 'deposits'] as const;
type TabKey = (typeof tabKeys)[number];

function ExpiryTag({ expiresOn }: { expiresOn: string | null }) {
  const { t } = useTranslation();
  const state = expiryState(expiresOn);
  if (state === 'permanent') return <Tag>{t('enterprise.qual.noExpiry')}</Tag>;
  if (state === 'expired') return <Tag color="error">{t('enterprise.qual.expired')}</Tag>;
  if (state === 'expiring') return <Tag color="warning">{t('enterprise.qual.expiring', { days: daysUntil(expiresOn ?? '') })}</Tag>;
  return <Tag color="success">{t('enterprise.qual.valid')}</Tag>;
}

function linkPath(r: LinkedRecord): string | null {
  switch (r.kind) {
    case 'case':
      return `/cases/${encodeURIComponent(r.id)}`;
    case 'match':
    case 'project':
      return `/matching/engagements/${encodeURIComponent(r.id)}`;
    case 'deposit':
      return `/safebox/deposits/${encodeURIComponent(r.id)}`;
  }
}

export default function EnterpriseDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const file = useQuery(enterpriseFileQuery(id));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const canList = can(user, 'enterprise.read_all');
  const canManage = can(user, 'enterprise.manage');
  const canCorrect = can(user, 'enterprise.correct_own') && user.enterpriseId === id;
  const tab: TabKey = (tabKeys as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : 'basic';

  const back = canList ? (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/enterprises')}>
      {t('enterprise.backToList')}
    </Button>
  ) : (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/')}>
      {t('common.backToWorkbench')}
    </Button>
  );

  if (file.isPending) {
    return (
      <>
        <PageHeader title={t('enterprise.detailTitle')} />
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </>
    );
  }
  if (file.error) {
    // Outside the caller's scope the server answers 404, like a record that does not exist.
    if (isApiError(file.error) && file.error.status === 404) {
      return (
        <>
          <PageHeader title={t('enterprise.detailTitle')} />
          <Result status="404" subTitle={messageOf(file.error)} extra={back} />
        </>
      );
    }
    return (
      <>
        <PageHeader title={t('enterprise.detailTitle')} extra={back} />
        <ProblemAlert error={file.error} title={t('error.loadFailed')} action={<Button onClick={() => void file.refetch()}>{t('common.retry')}</Button>} />
      </>
    );
  }

  const e = file.data;
  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      void message.success(done);
    } catch (error) {
      void message.error(messageOf(error));
    }
  };

  const tabs = [
    { key: 'basic', label: t('enterprise.tabs.basic'), children: <BasicTab e={e} canEdit={canManage || canCorrect} onContacts={() => setDialog({ kind: 'contacts' })} /> },
    {
      key: 'stats',
      label: t('enterprise.tabs.stats'),
      children: <StatsTab e={e} canManage={canManage} canCorrect={canCorrect} onEdit={(stats) => setDialog({ kind: 'stats', stats })} />,
    },
    {
      key: 'qualifications',
      label: t('enterprise.tabs.qualifications'),
      children: (
        <QualificationsTab
          e={e}
          canManage={canManage}
          onEdit={(qualification) => setDialog({ kind: 'qualification', qualification })}
          onDelete={(q) => void run(() => deleteQualification(e.id, q.id), t('enterprise.qual.deleted'))}
        />
      ),
    },
    {
      key: 'iur',
      label: t('enterprise.tabs.iur'),
      children: (
        <IurTab e={e} canManage={canManage} onAdd={() => setDialog({ kind: 'cooperation' })} onDelete={(c) => void run(() => deleteCooperation(e.id, c.id), t('enterprise.iur.deleted'))} />
      ),
    },
    { key: 'tiers', label: t('enterprise.tabs.tiers'), children: <TierPanel enterpriseId={e.id} enterpriseName={e.name} /> },
    { key: 'coverage', label: t('enterprise.tabs.coverage'), children: <CoveragePanel enterpriseId={e.id} /> },
    { key: 'linked', label: t('enterprise.tabs.linked', { count: e.linked.length }), children: <LinkedTab records={e.linked} /> },
    // Present only when the server sent them (the caller may read matching / see deposits).
    ...(e.matching
      ? [
          { key: 'demands', label: t('enterprise.records.demandsTab', { count: e.matching.demandTotal }), children: <DemandsTab matching={e.matching} /> },
          { key: 'matches', label: t('enterprise.records.matchesTab', { count: e.matching.engagementTotal }), children: <MatchesTab matching={e.matching} /> },
          { key: 'projects', label: t('enterprise.records.projectsTab', { count: projectsOf(e.matching).length }), children: <ProjectsTab matching={e.matching} /> },
        ]
      : []),
    ...(e.deposits ? [{ key: 'deposits', label: t('enterprise.records.depositsTab', { count: e.deposits.total }), children: <DepositsTab deposits={e.deposits} /> }] : []),
  ];

  return (
    <>
      <PageHeader
        title={e.name}
        subTitle={
          <Flex gap={4} wrap>
            {e.isAboveScale ? <Tag color="success">{t('enterprise.aboveScale')}</Tag> : null}
            <Tag>{labelOf('size', e.size)}</Tag>
            <span className="mono">{e.creditCode}</span>
          </Flex>
        }
        extra={
          <Space wrap>
            {canManage ? (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setDialog({ kind: 'edit' })}>
                {t('enterprise.edit')}
              </Button>
            ) : null}
            {back}
          </Space>
        }
      />
      {e.pendingCorrections > 0 ? (
        <Alert
          className="block-gap-bottom"
          type="warning"
          showIcon
          title={canManage ? t('enterprise.pendingOfficer', { count: e.pendingCorrections }) : t('enterprise.pendingOwn', { count: e.pendingCorrections })}
          action={canManage ? <Link to="/enterprises/corrections">{t('enterprise.reviewCorrections')}</Link> : undefined}
        />
      ) : null}
      <Card>
        <Tabs
          activeKey={tabs.some((x) => x.key === tab) ? tab : 'basic'}
          onChange={(key) =>
            setParams(
              (current) => {
                const next = new URLSearchParams(current);
                if (key === 'basic') next.delete('tab');
                else next.set('tab', key);
                return next;
              },
              { replace: true },
            )
          }
          items={tabs}
        />
      </Card>
      <EnterpriseFormDrawer open={dialog?.kind === 'edit'} enterprise={e} onClose={() => setDialog(null)} />
      {dialog?.kind === 'stats' ? <StatsModal enterprise={e} stats={dialog.stats} mode={canManage ? 'officer' : 'correct'} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'qualification' ? <QualificationModal enterpriseId={e.id} qualification={dialog.qualification} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'cooperation' ? <CooperationModal enterpriseId={e.id} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'contacts' ? <ContactsModal enterprise={e} mode={canManage ? 'officer' : 'correct'} onClose={() => setDialog(null)} /> : null}
    </>
  );
}

function BasicTab({ e, canEdit, onContacts }: { e: EnterpriseDetail; canEdit: boolean; onContacts: () => void }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
        items={[
          { key: 'creditCode', label: t('enterprise.creditCode'), children: <span className="mono">{e.creditCode}</span> },
          { key: 'town', label: t('enterprise.town'), children: e.townName },
          { key: 'industry', label: t('enterprise.industry'), children: `${e.industryCode} ${e.industryName}` },
          { key: 'size', label: t('enterprise.size'), children: labelOf('size', e.size) },
          { key: 'aboveScale', label: t('enterprise.aboveScale'), children: e.isAboveScale ? t('common.yes') : t('common.no') },
          { key: 'foundedOn', label: t('enterprise.foundedOn'), children: e.foundedOn ? formatDate(e.foundedOn) : t('common.empty') },
          { key: 'legal', label: t('enterprise.legalRepresentative'), children: e.legalRepresentative ?? t('common.empty') },
          { key: 'phone', label: t('enterprise.contactPhone'), children: e.contactPhone ?? t('common.empty') },
          { key: 'address', label: t('enterprise.address'), span: 'filled', children: e.address },
          {
            key: 'rd',
            label: t('enterprise.rdInstitution'),
            span: 'filled',
            children:
              e.rdInstitutionLevel === 'none' ? (
                <Typography.Text type="secondary">{t('enterprise.rdNone')}</Typography.Text>
              ) : (
                <Space wrap>
                  <Tag color="blue">{t(`enterprise.rdLevels.${e.rdInstitutionLevel}`)}</Tag>
                  {e.rdInstitutionName}
                  {e.rdInstitutionSince ? <Typography.Text type="secondary">{t('enterprise.rdSinceYear', { year: e.rdInstitutionSince })}</Typography.Text> : null}
                </Space>
              ),
          },
          { key: 'updated', label: t('enterprise.updatedAt'), children: formatDateTime(e.updatedAt) },
        ]}
      />
      <Card
        size="small"
        title={t('enterprise.contacts.title')}
        extra={
          canEdit ? (
            <Button size="small" icon={<EditOutlined />} onClick={onContacts}>
              {t('enterprise.contacts.edit')}
            </Button>
          ) : null
        }
      >
        {e.contacts.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enterprise.contacts.empty')} />
        ) : (
          <Table
            size="small"
            rowKey={(c) => `${c.name}-${c.phone}`}
            pagination={false}
            dataSource={e.contacts}
            scroll={{ x: 520 }}
            columns={[
              { key: 'name', title: t('enterprise.contacts.name'), dataIndex: 'name' },
              { key: 'role', title: t('enterprise.contacts.role'), dataIndex: 'role' },
              { key: 'phone', title: t('enterprise.contacts.phone'), dataIndex: 'phone', className: 'mono' },
              { key: 'email', title: t('enterprise.contacts.email'), render: (_, c) => c.email ?? t('common.empty') },
            ]}
          />
        )}
      </Card>
    </Flex>
  );
}

function StatsTab({ e, canManage, canCorrect, onEdit }: { e: EnterpriseDetail; canManage: boolean; canCorrect: boolean; onEdit: (stats: YearlyStats | null) => void }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const canWrite = canManage || canCorrect;
  const money = (key: 'revenueFen' | 'rdSpendingFen' | 'highTechRevenueFen' | 'exportFen') => ({
    key,
    title: t(`enterprise.stats.fields.${key}`),
    align: 'right' as const,
    render: (_: unknown, s: YearlyStats) => formatWan(s[key]),
  });
  const count = (key: 'employees' | 'rdStaff' | 'techStaff' | 'validInventionPatents') => ({
    key,
    title: t(`enterprise.stats.fields.${key}`),
    align: 'right' as const,
    render: (_: unknown, s: YearlyStats) => formatNumber(s[key]),
  });
  const columns: TableColumnsType<YearlyStats> = [
    { key: 'year', title: t('enterprise.stats.year'), dataIndex: 'year', fixed: 'left', width: 72 },
    money('revenueFen'),
    money('rdSpendingFen'),
    { key: 'rdIntensity', title: t('enterprise.stats.rdIntensity'), align: 'right', render: (_, s) => ratios(s).rdIntensity },
    money('highTechRevenueFen'),
    { key: 'highTechShare', title: t('enterprise.stats.highTechShare'), align: 'right', render: (_, s) => ratios(s).highTechShare },
    money('exportFen'),
    count('employees'),
    count('rdStaff'),
    count('techStaff'),
    { key: 'techStaffShare', title: t('enterprise.stats.techStaffShare'), align: 'right', render: (_, s) => ratios(s).techStaffShare },
    {
      key: 'patents',
      title: t('enterprise.stats.patents'),
      render: (_, s) => t('enterprise.stats.patentsValue', { ia: s.inventionApplied, ig: s.inventionGranted, ua: s.utilityApplied, ug: s.utilityGranted }),
    },
    count('validInventionPatents'),
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: t('enterprise.actions'),
            fixed: 'right' as const,
            render: (_: unknown, s: YearlyStats) => (
              <Button size="small" type="link" onClick={() => onEdit(s)}>
                {canManage ? t('enterprise.stats.edit') : t('enterprise.stats.correct')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Text type="secondary">{t('enterprise.stats.unitHint')}</Typography.Text>
        {canWrite ? (
          <Button icon={<PlusOutlined />} onClick={() => onEdit(null)}>
            {canManage ? t('enterprise.stats.add') : t('enterprise.stats.reportYear')}
          </Button>
        ) : null}
      </Flex>
      {isPhone ? (
        e.stats.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enterprise.stats.empty')} />
        ) : (
          e.stats.map((s) => (
            <Card
              key={s.year}
              size="small"
              title={t('enterprise.stats.yearTitle', { year: s.year })}
              extra={
                canWrite ? (
                  <Button size="small" type="link" onClick={() => onEdit(s)}>
                    {canManage ? t('enterprise.stats.edit') : t('enterprise.stats.correct')}
                  </Button>
                ) : null
              }
            >
              <Descriptions
                column={1}
                size="small"
                items={columns
                  .filter((c) => c.key !== 'year' && c.key !== 'actions')
                  .map((c) => ({ key: String(c.key), label: c.title as string, children: c.render?.(undefined, s, 0) as ReactNode }))}
              />
            </Card>
          ))
        )
      ) : (
        <Table<YearlyStats>
          size="small"
          rowKey="year"
          columns={columns}
          dataSource={e.stats}
          pagination={false}
          scroll={{ x: 1400 }}
          aria-label={t('enterprise.tabs.stats')}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enterprise.stats.empty')} /> }}
        />
      )}
    </Flex>
  );
}

function QualificationsTab({ e, canManage, onEdit, onDelete }: { e: EnterpriseDetail; canManage: boolean; onEdit: (q: Qualification | null) => void; onDelete: (q: Qualification) => void }) {
  const { t } = useTranslation();
  const expiring = e.qualificationDetails.filter((q) => expiryState(q.expiresOn) === 'expiring');
  const columns: TableColumnsType<Qualification> = [
    { key: 'kind', title: t('enterprise.qual.kind'), render: (_, q) => labelOf('qualification', q.kind) },
    { key: 'level', title: t('enterprise.qual.level'), render: (_, q) => t(`enterprise.levels.${q.level}`) },
    { key: 'certificateNo', title: t('enterprise.qual.certificateNo'), render: (_, q) => <span className="mono">{q.certificateNo}</span> },
    { key: 'issuedOn', title: t('enterprise.qual.issuedOn'), render: (_, q) => formatDate(q.issuedOn) },
    { key: 'expiresOn', title: t('enterprise.qual.expiresOn'), render: (_, q) => (q.expiresOn ? formatDate(q.expiresOn) : t('common.empty')) },
    { key: 'state', title: t('enterprise.qual.state'), render: (_, q) => <ExpiryTag expiresOn={q.expiresOn} /> },
    ...(canManage
      ? [
          {
            key: 'actions',
            title: t('enterprise.actions'),
            render: (_: unknown, q: Qualification) => (
              <Space size={0}>
                <Button size="small" type="link" onClick={() => onEdit(q)}>
                  {t('enterprise.edit')}
                </Button>
                <Popconfirm title={t('enterprise.qual.deleteConfirm')} okText={t('enterprise.delete')} cancelText={t('enterprise.form.cancel')} onConfirm={() => onDelete(q)}>
                  <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={t('enterprise.delete')} />
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <Flex vertical gap={12}>
      {expiring.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('enterprise.qual.expiringAlert', { list: expiring.map((q) => `${labelOf('qualification', q.kind)}（${formatDate(q.expiresOn)}）`).join('、') })}
        />
      ) : null}
      {canManage ? (
        <div>
          <Button icon={<PlusOutlined />} onClick={() => onEdit(null)}>
            {t('enterprise.qual.add')}
          </Button>
        </div>
      ) : null}
      <Table<Qualification>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={e.qualificationDetails}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enterprise.noQualifications')} /> }}
      />
    </Flex>
  );
}

function IurTab({ e, canManage, onAdd, onDelete }: { e: EnterpriseDetail; canManage: boolean; onAdd: () => void; onDelete: (c: Cooperation) => void }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Cooperation> = [
    { key: 'partner', title: t('enterprise.iur.partner'), render: (_, c) => <Space wrap>{c.partner}<Tag>{t(`enterprise.iur.kinds.${c.partnerKind}`)}</Tag></Space> },
    { key: 'project', title: t('enterprise.iur.project'), dataIndex: 'project' },
    { key: 'years', title: t('enterprise.iur.years'), render: (_, c) => (c.startYear === c.endYear ? String(c.startYear) : `${c.startYear}–${c.endYear}`) },
    { key: 'amount', title: t('enterprise.iur.amountWan'), align: 'right', render: (_, c) => formatWan(c.amountFen) },
    ...(canManage
      ? [
          {
            key: 'actions',
            title: t('enterprise.actions'),
            render: (_: unknown, c: Cooperation) => (
              <Popconfirm title={t('enterprise.iur.deleteConfirm')} okText={t('enterprise.delete')} cancelText={t('enterprise.form.cancel')} onConfirm={() => onDelete(c)}>
                <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={t('enterprise.delete')} />
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];
  return (
    <Flex vertical gap={12}>
      {canManage ? (
        <div>
          <Button icon={<PlusOutlined />} onClick={onAdd}>
            {t('enterprise.iur.add')}
          </Button>
        </div>
      ) : null}
      <Table<Cooperation>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={e.cooperations}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enterprise.iur.empty')} /> }}
      />
    </Flex>
  );
}

function LinkedTab({ records }: { records: LinkedRecord[] }) {
  const { t } = useTranslation();
  if (records.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enterprise.linked.empty')} />;
  return (
    <ul className="linked-list">
      {records.map((r) => {
        const to = linkPath(r);
        return (
          <li key={`${r.kind}-${r.id}`}>
            <Space wrap>
              <Tag>{t(`enterprise.linked.kinds.${r.kind}`)}</Tag>
              {to ? <Link to={to}>{r.title}</Link> : r.title}
              <Tag color="processing">{r.kind === 'case' ? labelOf('cases.status', r.status) : r.status}</Tag>
            </Space>
            <Typography.Text type="secondary" className="nowrap">
              {formatDateTime(r.at)}
            </Typography.Text>
          </li>
        );
      })}
    </ul>
  );
}
