import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../i18n/labels.ts';
import '../features/enterprises/locale.ts'; // enterprise.noQualifications, with the pages that show the tags

/** Qualification kinds as tags (not statuses: a neutral blue, never the status colours). */
export function QualificationTags({ kinds, max }: { kinds: readonly string[]; max?: number }) {
  const { t } = useTranslation();
  if (kinds.length === 0) return <Typography.Text type="secondary">{t('enterprise.noQualifications')}</Typography.Text>;
  const shown = max === undefined ? kinds : kinds.slice(0, max);
  const rest = kinds.length - shown.length;
  return (
    <span className="tag-list">
      {shown.map((kind) => (
        <Tag key={kind} color="blue" variant="outlined">
          {labelOf('qualification', kind)}
        </Tag>
      ))}
      {rest > 0 ? <Tag title={kinds.slice(shown.length).map((k) => labelOf('qualification', k)).join('、')}>+{rest}</Tag> : null}
    </span>
  );
}
