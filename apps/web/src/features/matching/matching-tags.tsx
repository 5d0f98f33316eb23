import { LockOutlined } from '@ant-design/icons';
import type { CandidateKind, DemandKind, DemandStatus, EngagementStatus } from '@yunju/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../i18n/labels.ts';
import { demandStatusPrefix, demandTone, engagementTone } from './matching-model.ts';

export function DemandStatusTag({ kind, status }: { kind: DemandKind; status: DemandStatus }) {
  return <Tag color={demandTone[status]}>{labelOf(demandStatusPrefix(kind), status)}</Tag>;
}

/** An engagement's state; consent and decline read as the talent's own when the candidate is a talent. */
export function engagementStatusLabel(status: EngagementStatus, candidateKind?: CandidateKind): string {
  const talentOwn = candidateKind === 'talent' && (status === 'contact_requested' || status === 'consented' || status === 'declined');
  return labelOf(talentOwn ? 'matching.talentEngagementStatus' : 'matching.engagementStatus', status);
}

export function EngagementStatusTag({ status, candidateKind }: { status: EngagementStatus; candidateKind?: CandidateKind }) {
  return <Tag color={engagementTone[status]}>{engagementStatusLabel(status, candidateKind)}</Tag>;
}

export function ConfidentialTag() {
  const { t } = useTranslation();
  return (
    <Tag color="purple" icon={<LockOutlined />}>
      {t('matching.list.confidentialTag')}
    </Tag>
  );
}
