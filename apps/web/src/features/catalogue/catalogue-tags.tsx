import type { CatalogueStatus } from '@yunju/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../i18n/labels.ts';
import { statusColor } from './catalogue-api.ts';

/** The status tag; "in force" is the normal case, so lists may hide it (`hideInForce`). */
export function StatusTag({ status, hideInForce }: { status: CatalogueStatus; hideInForce?: boolean }) {
  if (hideInForce && status === 'in_force') return null;
  return <Tag color={statusColor(status)}>{labelOf('catalogue.status', status)}</Tag>;
}

/** Category or kind: a neutral blue, never a status colour. */
export function CategoryTag({ category }: { category: string }) {
  return (
    <Tag color="blue" variant="outlined">
      {labelOf('catalogue.category', category)}
    </Tag>
  );
}

export function KindTag({ kind }: { kind: string }) {
  return (
    <Tag color="cyan" variant="outlined">
      {labelOf('catalogue.kind', kind)}
    </Tag>
  );
}

export function ChannelTags({ channels }: { channels: readonly string[] }) {
  return (
    <span className="tag-list spaced-tags">
      {channels.map((c) => (
        <Tag key={c}>{labelOf('catalogue.channel', c)}</Tag>
      ))}
    </span>
  );
}

export function PromisedDays({ days }: { days: number }) {
  const { t } = useTranslation();
  return <span className="nowrap">{t('catalogue.item.promisedDaysValue', { days })}</span>;
}
