import type { UncoveredEnterprise } from '@yunju/contracts';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import './locale.ts';

/** The causes recorded for an uncovered enterprise, as tags. */
export function CauseTags({ causes }: { causes: UncoveredEnterprise['causes'] }) {
  const { t } = useTranslation();
  if (causes.length === 0) return <Typography.Text type="secondary">{t('coverage.noCauses')}</Typography.Text>;
  return (
    <span className="tag-list">
      {causes.map((c) => (
        <Tag key={c.code} color="gold">
          {c.name}
        </Tag>
      ))}
    </span>
  );
}
