import { ClockCircleOutlined, ExclamationCircleOutlined, PauseCircleOutlined } from '@ant-design/icons';
import type { CaseStatus, CaseSummary } from '@yunju/contracts';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { enterpriseNextStep, isEnterpriseTurn, slaTone, slaWording, statusTone } from './case-model.ts';

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  return (
    <Tag color={statusTone[status]} className="case-status-tag">
      {labelOf('cases.status', status)}
    </Tag>
  );
}

/** The deadline in words and colour: 还剩 3 个工作日 (blue), 还剩 1 个工作日 (gold), 已超期 2 个工作日 (red), 补正中 (grey). */
export function SlaTag({ c }: { c: Pick<CaseSummary, 'slaState' | 'workingDaysLeft'> }) {
  const { t } = useTranslation();
  const wording = slaWording(c);
  if (!wording) return null;
  const icon = c.slaState === 'overdue' ? <ExclamationCircleOutlined /> : c.slaState === 'paused' ? <PauseCircleOutlined /> : <ClockCircleOutlined />;
  return (
    <Tag color={slaTone[c.slaState]} icon={icon} className="nowrap">
      {t(`cases.sla.${wording.key}`, { days: wording.days })}
    </Tag>
  );
}

/** Due date with its relative wording: 2025-10-11 · 还剩 1 个工作日. */
export function DueDate({ c }: { c: Pick<CaseSummary, 'slaState' | 'workingDaysLeft' | 'dueOn'> }) {
  return (
    <span className="case-due">
      <span className="nowrap">{formatDate(c.dueOn)}</span>
      <SlaTag c={c} />
    </span>
  );
}

/** The enterprise's next step in plain words; in colour when it is the enterprise's turn. */
export function NextStepText({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  const step = enterpriseNextStep(status);
  return isEnterpriseTurn(step) ? (
    <Typography.Text strong type="warning">
      {t(`cases.nextStep.${step}`)}
    </Typography.Text>
  ) : (
    <Typography.Text type="secondary">{t(`cases.nextStep.${step}`)}</Typography.Text>
  );
}
