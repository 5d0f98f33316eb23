import { LockOutlined } from '@ant-design/icons';
import type { DemandKind, DemandStatus, EngagementStatus } from '@yunju/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../i18n/labels.ts';
import { demandStatusPrefix, demandTone, engagementTone } from './matching-model.ts';

export function DemandStatusTag({ kind, status }: { kind: DemandKind; status: DemandStatus }) {
  return <Tag color={demandTone[status]}>{labelOf(demandStatusPrefix(kind), status)}</Tag>;
}

export function EngagementStatusTag({ status }: { status: EngagementStatus }) {
  return <Tag color={engagementTone[status]}>{labelOf('matching.engagementStatus', status)}</Tag>;
}

export function ConfidentialTag() {
  const { t } = useTranslation();
  return (
    <Tag color="purple" icon={<LockOutlined />}>
      {t('matching.list.confidentialTag')}
    </Tag>
  );
}
