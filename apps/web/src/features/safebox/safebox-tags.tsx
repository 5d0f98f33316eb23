import type { NotarisationStatus } from '@yunju/contracts';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import './locale.ts';

/** 登记中 (blue) until a signed checkpoint covers the entry, then 已存证 (green). */
export function SequencedTag({ sequenced }: { sequenced: boolean }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={sequenced ? t('safebox.status.recordedHint') : t('safebox.status.pendingHint')}>
      <Tag color={sequenced ? 'success' : 'processing'}>{sequenced ? t('safebox.status.recorded') : t('safebox.status.pending')}</Tag>
    </Tooltip>
  );
}

const notarisationColor: Record<NotarisationStatus, string> = { requested: 'gold', countersigned: 'success', rejected: 'error' };

export function NotarisationTag({ status }: { status: NotarisationStatus | null }) {
  const { t } = useTranslation();
  if (status === null) return <Tag>{t('safebox.notarisation.none')}</Tag>;
  return <Tag color={notarisationColor[status]}>{t(`safebox.notarisation.${status}`)}</Tag>;
}
