import { CheckCircleFilled, CloseCircleFilled, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { CriterionResult, TierEvaluation } from '@yunju/contracts';
import { Alert, Button, Card, Collapse, Descriptions, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { QualificationTags } from '../../components/qualification-tags.tsx';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { tierAssessmentQuery } from './enterprise-file-api.ts';
import { PlanModal } from './plan-modal.tsx';
import './enterprises.css';
import './locale.ts';

/** A criterion in the UI language: its label, and the gap when unmet ("研发费用占比 2.1%，低于 3%"). */
export function useCriterionText() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return {
    label: (c: CriterionResult) => (en ? c.labelEn || c.labelZh : c.labelZh || c.labelEn),
    gap: (c: CriterionResult) => (en ? (c.gapEn ?? c.gapZh) : (c.gapZh ?? c.gapEn)),
  };
}

/** Unmet criteria, each with its gap in words and numbers (the gap names the criterion). */
export function UnmetCriteria({ criteria, ariaLabel }: { criteria: readonly CriterionResult[]; ariaLabel: string }) {
  const text = useCriterionText();
  return (
    <ul className="criteria-list" aria-label={ariaLabel}>
      {criteria.map((c) => (
        <li key={c.key}>
          <CloseCircleFilled className="criterion-icon criterion-unmet" aria-hidden />
          <span>{text.gap(c) ?? text.label(c)}</span>
        </li>
      ))}
    </ul>
  );
}

function TierCriteria({ tier }: { tier: TierEvaluation }) {
  const { t } = useTranslation();
  const text = useCriterionText();
  return (
    <ul className="criteria-list">
      {tier.criteria.map((c) => (
        <li key={c.key}>
          {c.met ? (
            <CheckCircleFilled className="criterion-icon criterion-met" aria-label={t('enterprise.tier.met')} />
          ) : (
            <CloseCircleFilled className="criterion-icon criterion-unmet" aria-label={t('enterprise.tier.unmet')} />
          )}
          {c.met ? <span>{text.label(c)}</span> : <Typography.Text type="danger">{text.gap(c) ?? text.label(c)}</Typography.Text>}
        </li>
      ))}
    </ul>
  );
}

function tierStatus(tier: TierEvaluation): { color: string; key: 'held' | 'eligible' | 'unmetCount' } {
  if (tier.held) return { color: 'success', key: 'held' };
  if (tier.eligible) return { color: 'processing', key: 'eligible' };
  return { color: 'warning', key: 'unmetCount' };
}

/** 梯队培育 of one enterprise: current tiers, the next tier and each unmet criterion with its gap. */
export function TierPanel({ enterpriseId, enterpriseName }: { enterpriseId: string; enterpriseName: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const tiers = useQuery(tierAssessmentQuery(enterpriseId));
  const [planning, setPlanning] = useState(false);
  if (tiers.isPending) return <Skeleton active />;
  if (tiers.error) return <LoadFailedAlert error={tiers.error} onRetry={() => tiers.refetch()} />;
  const a = tiers.data;
  const nextName = a.next ? labelOf('qualification', a.next) : null;
  return (
    <Flex vertical gap={16}>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'current', label: t('enterprise.tier.current'), children: <QualificationTags kinds={a.current} /> },
          { key: 'next', label: t('enterprise.tier.next'), children: nextName ? <Tag color="processing">{nextName}</Tag> : t('enterprise.tier.top') },
          { key: 'year', label: t('enterprise.tier.basis'), children: a.statsYear ? t('enterprise.tier.statsYear', { year: a.statsYear }) : t('enterprise.tier.noStats') },
        ]}
        extra={
          can(user, 'cultivation.manage') ? (
            <Button icon={<PlusOutlined />} onClick={() => setPlanning(true)}>
              {t('enterprise.cultivation.newPlan')}
            </Button>
          ) : null
        }
      />
      {planning ? <PlanModal enterprise={{ id: enterpriseId, name: enterpriseName }} defaultKind={a.next ?? undefined} onClose={() => setPlanning(false)} /> : null}
      {a.next ? (
        a.nextUnmet.length === 0 ? (
          <Alert type="success" showIcon title={t('enterprise.tier.ready', { tier: nextName })} />
        ) : (
          <Card size="small" title={t('enterprise.tier.gapTitle', { tier: nextName, count: a.nextUnmet.length })} className="tier-gap-card">
            <UnmetCriteria criteria={a.nextUnmet} ariaLabel={t('enterprise.tier.gapTitle', { tier: nextName, count: a.nextUnmet.length })} />
          </Card>
        )
      ) : null}
      {a.tiers.length > 0 ? (
        <Collapse
          size="small"
          items={a.tiers.map((tier) => {
            const status = tierStatus(tier);
            return {
              key: tier.kind,
              label: (
                <Flex gap={8} wrap align="center">
                  <span>{labelOf('qualification', tier.kind)}</span>
                  <Tag color={status.color}>{t(`enterprise.tier.${status.key}`, { count: tier.unmet })}</Tag>
                </Flex>
              ),
              children: <TierCriteria tier={tier} />,
            };
          })}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enterprise.tier.noRules')} />
      )}
    </Flex>
  );
}
