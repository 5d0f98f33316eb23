import type { MaterialSpec } from '@yunju/contracts';
import { Empty, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../components/use-is-phone.ts';

function RequiredTag({ required }: { required: boolean }) {
  const { t } = useTranslation();
  return required ? <Tag color="error">{t('catalogue.material.requiredYes')}</Tag> : <Tag>{t('catalogue.material.requiredNo')}</Tag>;
}

const fileTypes = (types: readonly string[]) => types.map((x) => x.toUpperCase()).join(' / ');

/** The materials of a service guide: a table, or a numbered list at phone width. */
export function MaterialsTable({ materials }: { materials: readonly MaterialSpec[] }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  if (materials.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalogue.material.none')} />;
  if (isPhone) {
    return (
      <ol className="material-list">
        {materials.map((m, i) => (
          <li key={i}>
            <div>
              {m.name} <RequiredTag required={m.required} />
            </div>
            <div className="material-types mono">{fileTypes(m.fileTypes)}</div>
          </li>
        ))}
      </ol>
    );
  }
  const columns: TableColumnsType<MaterialSpec & { index: number }> = [
    { key: 'index', title: t('catalogue.material.index'), dataIndex: 'index', width: 64 },
    { key: 'name', title: t('catalogue.material.name'), dataIndex: 'name' },
    { key: 'required', title: t('catalogue.material.required'), width: 100, render: (_, m) => <RequiredTag required={m.required} /> },
    { key: 'fileTypes', title: t('catalogue.material.fileTypes'), width: 200, render: (_, m) => <span className="mono">{fileTypes(m.fileTypes)}</span> },
  ];
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="index"
      columns={columns}
      dataSource={materials.map((m, i) => ({ ...m, index: i + 1 }))}
    />
  );
}
