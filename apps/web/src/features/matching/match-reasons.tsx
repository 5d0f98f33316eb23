import type { MatchReason } from '@yunju/contracts';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../i18n/labels.ts';

/** The matched terms as highlighted tags. */
export function MatchedTerms({ terms }: { terms: readonly string[] }) {
  const { t } = useTranslation();
  if (terms.length === 0) return null;
  return (
    <div>
      <Typography.Text type="secondary">{t('matching.rec.matchedTerms')}：</Typography.Text>
      {terms.map((term) => (
        <Tag key={term} className="match-term">
          {term}
        </Tag>
      ))}
    </div>
  );
}

/** Why a result fits: which terms matched which field, and which output carries the evidence. */
export function MatchReasons({ reasons }: { reasons: readonly MatchReason[] }) {
  const { t, i18n } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <ul className="match-reasons" aria-label={t('matching.rec.reasons')}>
      {reasons.map((r, i) => {
        const text = i18n.language === 'en' ? r.en || r.zh : r.zh || r.en;
        return (
          <li key={i}>
            <Typography.Text type="secondary">[{labelOf('matching.rec.field', r.field)}] </Typography.Text>
            {text}
            {/* The output behind the evidence, unless the reason names it already. */}
            {r.outputTitle && !text.includes(r.outputTitle) ? (
              <Typography.Text type="secondary">
                {' '}
                · {t('matching.rec.viaOutput')}
                {t('matching.rec.outputLineShort', { title: r.outputTitle, year: r.outputYear ?? '' })}
              </Typography.Text>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
