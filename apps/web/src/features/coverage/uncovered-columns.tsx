import type { UncoveredEnterprise } from '@yunju/contracts';
import { Button, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CauseTags } from './cause-tags.tsx';

/**
 * The columns of an uncovered-enterprise table: name (to its file), credit code when asked, town,
 * industry, recorded causes and, for officers who may record them, the button that opens the cause dialog.
 */
export function useUncoveredColumns({ creditCode, onRecord }: { creditCode: boolean; onRecord: ((e: UncoveredEnterprise) => void) | null }): TableColumnsType<UncoveredEnterprise> {
  const { t } = useTranslation();
  return [
    { key: 'name', title: t('coverage.enterprise'), render: (_, e) => <Link to={`/enterprises/${encodeURIComponent(e.enterpriseId)}`}>{e.name}</Link> },
    ...(creditCode ? [{ key: 'creditCode', title: t('coverage.creditCode'), render: (_: unknown, e: UncoveredEnterprise) => <span className="mono nowrap">{e.creditCode}</span> }] : []),
    { key: 'town', title: t('coverage.town'), dataIndex: 'townName' },
    { key: 'industry', title: t('coverage.industryCode'), render: (_, e) => <span className="mono">{e.industryCode}</span> },
    { key: 'causes', title: t('coverage.causes'), render: (_, e) => <CauseTags causes={e.causes} /> },
    ...(onRecord
      ? [
          {
            key: 'actions',
            title: t('coverage.actions'),
            render: (_: unknown, e: UncoveredEnterprise) => (
              <Button size="small" onClick={() => onRecord(e)}>
                {e.causes.length > 0 ? t('coverage.editCauses') : t('coverage.recordCauses')}
              </Button>
            ),
          },
        ]
      : []),
  ];
}
