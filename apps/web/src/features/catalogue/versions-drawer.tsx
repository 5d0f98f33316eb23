import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { ServiceItemSnapshot, ServiceItemVersionSummary } from '@yunju/contracts';
import { Button, Card, Descriptions, Drawer, Empty, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatDateTime } from '../../format.ts';
import { departmentsQuery, itemVersionQuery, itemVersionsQuery } from './catalogue-api.ts';
import { CategoryTag, ChannelTags, PromisedDays, StatusTag } from './catalogue-tags.tsx';
import { MaterialsTable } from './materials-table.tsx';

function Snapshot({ snapshot }: { snapshot: ServiceItemSnapshot }) {
  const { t } = useTranslation();
  const departments = useQuery(departmentsQuery);
  const nameOf = (id: string) => departments.data?.find((d) => d.id === id)?.name ?? id;
  return (
    <>
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'code', label: t('catalogue.item.code'), children: <span className="mono">{snapshot.code}</span> },
          { key: 'name', label: t('catalogue.item.name'), children: snapshot.name },
          { key: 'status', label: t('catalogue.item.status'), children: <StatusTag status={snapshot.status} /> },
          { key: 'category', label: t('catalogue.item.category'), children: <CategoryTag category={snapshot.category} /> },
          { key: 'lead', label: t('catalogue.item.leadDepartment'), children: nameOf(snapshot.leadDepartmentId) },
          {
            key: 'co',
            label: t('catalogue.item.coDepartments'),
            children: snapshot.coDepartmentIds.length > 0 ? snapshot.coDepartmentIds.map(nameOf).join(t('common.listSeparator')) : t('catalogue.item.noCoDepartments'),
          },
          { key: 'days', label: t('catalogue.item.promisedDays'), children: <PromisedDays days={snapshot.promisedDays} /> },
          { key: 'channels', label: t('catalogue.item.channels'), children: <ChannelTags channels={snapshot.channels} /> },
          {
            key: 'conditions',
            label: t('catalogue.item.conditions'),
            children:
              snapshot.conditions.length > 0 ? (
                <ol className="guide-list">
                  {snapshot.conditions.map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </ol>
              ) : (
                t('catalogue.hall.noConditions')
              ),
          },
          { key: 'legal', label: t('catalogue.item.legalBasis'), children: <span className="guide-text">{snapshot.legalBasis || t('common.empty')}</span> },
          { key: 'desc', label: t('catalogue.item.description'), children: <span className="guide-text">{snapshot.description || t('common.empty')}</span> },
          { key: 'related', label: t('catalogue.item.relatedResources'), children: String(snapshot.relatedResourceIds.length) },
        ]}
      />
      <Card size="small" title={t('catalogue.item.materials')} className="block-gap">
        <MaterialsTable materials={snapshot.materials} />
      </Card>
    </>
  );
}

/** The versions of a service item; each can be opened to read its full content at that time. */
export function VersionsDrawer({ item, onClose }: { item: { id: string; name: string } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [version, setVersion] = useState<number | null>(null);
  const list = useQuery({ ...itemVersionsQuery(item?.id ?? ''), enabled: item !== null, staleTime: 0 });
  const snapshot = useQuery({ ...itemVersionQuery(item?.id ?? '', version ?? 0), enabled: item !== null && version !== null });

  const close = () => {
    setVersion(null);
    onClose();
  };
  const current = list.data?.currentVersion;
  const columns: TableColumnsType<ServiceItemVersionSummary> = [
    {
      key: 'version',
      title: t('catalogue.history.version'),
      width: 110,
      render: (_, v) => (
        <span className="nowrap">
          v{v.version} {v.version === current ? <Tag color="processing">{t('catalogue.history.current')}</Tag> : null}
        </span>
      ),
    },
    { key: 'status', title: t('catalogue.item.status'), width: 90, render: (_, v) => <StatusTag status={v.status} /> },
    { key: 'at', title: t('catalogue.history.changedAt'), width: 140, render: (_, v) => <span className="nowrap">{formatDateTime(v.changedAt)}</span> },
    { key: 'by', title: t('catalogue.history.changedBy'), width: 100, render: (_, v) => v.changedBy ?? t('catalogue.history.system') },
    { key: 'note', title: t('catalogue.history.changeNote'), render: (_, v) => v.changeNote || t('common.empty') },
    {
      key: 'view',
      title: t('catalogue.manage.actions'),
      width: 100,
      render: (_, v) => (
        <Button type="link" size="small" onClick={() => setVersion(v.version)}>
          {t('catalogue.history.view')}
        </Button>
      ),
    },
  ];

  return (
    <Drawer open={item !== null} onClose={close} size={isPhone ? '100%' : 820} title={item ? t('catalogue.history.title', { name: item.name }) : null} destroyOnHidden>
      {version !== null ? (
        <>
          <Button icon={<ArrowLeftOutlined />} onClick={() => setVersion(null)} className="snapshot-back">
            {t('catalogue.history.back')}
          </Button>
          <Typography.Title level={5}>{t('catalogue.history.snapshotTitle', { version })}</Typography.Title>
          {snapshot.isPending ? <Skeleton active /> : snapshot.error ? <ProblemAlert error={snapshot.error} /> : <Snapshot snapshot={snapshot.data.snapshot} />}
        </>
      ) : list.isPending ? (
        <Skeleton active />
      ) : list.error ? (
        <ProblemAlert error={list.error} title={t('error.loadFailed')} />
      ) : list.data.versions.length === 0 ? (
        <Empty description={t('catalogue.history.empty')} />
      ) : isPhone ? (
        <ul className="related-list">
          {list.data.versions.map((v) => (
            <li key={v.version}>
              <Card size="small" title={`v${v.version} · ${formatDateTime(v.changedAt)}`} extra={<StatusTag status={v.status} />}>
                <div>{v.changeNote || t('common.empty')}</div>
                <Typography.Text type="secondary">{v.changedBy ?? t('catalogue.history.system')}</Typography.Text>
                <div>
                  <Button type="link" size="small" onClick={() => setVersion(v.version)}>
                    {t('catalogue.history.view')}
                  </Button>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      ) : (
        <Table size="small" rowKey="version" pagination={false} columns={columns} dataSource={list.data.versions} />
      )}
    </Drawer>
  );
}
