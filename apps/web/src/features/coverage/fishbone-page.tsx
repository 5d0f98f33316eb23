import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Select, Skeleton, Space, Table, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadFailedAlert } from '../../components/problem-alert.tsx';
import { intParam, withChanges } from '../../components/search-params.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatNumber } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { townsQuery } from '../enterprises/enterprises-api.ts';
import { CauseModal } from './cause-modal.tsx';
import type { UncoveredEnterprise } from '@yunju/contracts';
import { coverageFlags, fishboneEnterprisesQuery, fishboneQuery, isCoverageFlag, type CoverageFlag } from './coverage-api.ts';
import { useUncoveredColumns } from './uncovered-columns.tsx';
import { Fishbone } from './fishbone.tsx';
import type { FishboneBoneInput } from './fishbone-layout.ts';
import './coverage.css';
import './locale.ts';

/** 鱼骨图: why enterprises are not covered for a flag, by cause category, each bone down to its enterprises. */
export default function FishbonePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const listRef = useRef<HTMLDivElement>(null);
  const [recording, setRecording] = useState<UncoveredEnterprise | null>(null);
  const flag: CoverageFlag = isCoverageFlag(params.get('flag')) ? (params.get('flag') as CoverageFlag) : 'iur';
  const year = intParam(params.get('year'), 0, 2100) || undefined;
  const town = params.get('town') || undefined;
  const bone = params.get('bone') || undefined;
  const cause = params.get('cause') || undefined;
  const page = intParam(params.get('page'), 1);
  const canRecord = can(user, 'coverage.record_cause');

  const fishbone = useQuery({ ...fishboneQuery({ flag, year, town }), placeholderData: keepPreviousData });
  const towns = useQuery(townsQuery);
  const shownYear = fishbone.data?.year ?? year;
  const shownCause = cause ?? bone ?? '';
  const list = useQuery({
    ...fishboneEnterprisesQuery({ flag, year: shownYear ?? undefined, town, cause: shownCause, page, pageSize: 20 }),
    enabled: shownCause !== '',
    placeholderData: keepPreviousData,
  });

  const update = useCallback(
    (changes: Record<string, string | undefined>) =>
      setParams((current) => withChanges(current, changes)),
    [setParams],
  );

  const bones = useMemo<FishboneBoneInput[]>(
    () =>
      (fishbone.data?.bones ?? []).map((b) => ({
        key: b.code,
        label: b.name,
        count: b.count,
        causes: b.subCauses.filter((c) => c.count > 0).map((c) => ({ key: c.code, label: c.name, count: c.count })),
      })),
    [fishbone.data],
  );
  const selectedBone = fishbone.data?.bones.find((b) => b.code === bone);
  const selectedCause = selectedBone?.subCauses.find((c) => c.code === cause);
  const selectedName = selectedBone ? selectedBone.name + (selectedCause ? ` · ${selectedCause.name}` : '') : '';

  const onSelect = (b: string, c?: string) => {
    update({ bone: b, cause: c });
    window.setTimeout(() => listRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }), 50);
  };

  const flagLabel = labelOf('coverage.flag', flag);
  const columns = useUncoveredColumns({ creditCode: false, onRecord: canRecord ? setRecording : null });


  return (
    <>
      <PageHeader
        title={t('coverage.fishboneTitle')}
        extra={
          <Space wrap>
            <Select<CoverageFlag>
              aria-label={t('coverage.flagLabel')}
              value={flag}
              style={{ width: 160 }}
              options={coverageFlags.map((f) => ({ value: f, label: labelOf('coverage.flag', f) }))}
              onChange={(f) => update({ flag: f, bone: undefined, cause: undefined })}
            />
            <Select<string>
              aria-label={t('coverage.town')}
              allowClear
              placeholder={t('coverage.wholeCounty')}
              value={town}
              style={{ width: 180 }}
              showSearch={{ optionFilterProp: 'label' }}
              options={(towns.data ?? []).map((tw) => ({ value: tw.code, label: tw.name }))}
              onChange={(v) => update({ town: v, bone: undefined, cause: undefined })}
            />
            <Link to={`/coverage?flag=${flag}${shownYear ? `&year=${shownYear}` : ''}`}>
              <Button>{t('coverage.backToDashboard')}</Button>
            </Link>
          </Space>
        }
      />
      {fishbone.error ? <LoadFailedAlert error={fishbone.error} onRetry={() => fishbone.refetch()} /> : null}
      <Card
        title={t('coverage.fishboneCardTitle', { flag: flagLabel, year: shownYear ?? '' })}
      >
        {fishbone.data ? (
          <Typography.Paragraph type="secondary">
            {t('coverage.fishboneCounts', { uncovered: formatNumber(fishbone.data.uncovered), withCauses: formatNumber(fishbone.data.withCauses), withoutCauses: formatNumber(fishbone.data.withoutCauses) })}
          </Typography.Paragraph>
        ) : null}
        {fishbone.isPending ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
        {fishbone.data && bones.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('coverage.fishboneEmpty')} /> : null}
        {fishbone.data && bones.length > 0 ? (
          <>
            <Fishbone
              title={t('coverage.fishboneHead', { flag: flagLabel })}
              subtitle={t('coverage.fishboneHeadCount', { count: fishbone.data.uncovered })}
              bones={bones}
              ariaLabel={t('coverage.fishboneAria', { flag: flagLabel })}
              describe={(label, count) => t('coverage.boneAria', { label, count })}
              selected={bone ? { bone, cause } : null}
              onSelect={onSelect}
            />
            {isPhone ? (
              // On a phone the diagram scrolls sideways: the bones as buttons too.
              <Flex wrap gap={8} className="block-gap" role="group" aria-label={t('coverage.bonesList')}>
                {bones.map((b) => (
                  <Button key={b.key} size="small" type={bone === b.key ? 'primary' : 'default'} onClick={() => onSelect(b.key)}>
                    {b.label} {b.count}
                  </Button>
                ))}
              </Flex>
            ) : null}
            <Typography.Paragraph type="secondary" className="card-hint">
              {t('coverage.fishboneHint')}
            </Typography.Paragraph>
          </>
        ) : null}
      </Card>
      <div ref={listRef} className="block-gap">
        {bone ? (
          <Card
            title={t('coverage.boneEnterprises', { name: selectedName || bone })}
            extra={
              <Button size="small" onClick={() => update({ bone: undefined, cause: undefined })}>
                {t('coverage.clearSelection')}
              </Button>
            }
          >
            {list.error ? <LoadFailedAlert error={list.error} onRetry={() => list.refetch()} /> : null}
            <Table<UncoveredEnterprise>
              size="small"
              rowKey="enterpriseId"
              aria-label={t('coverage.boneEnterprises', { name: selectedName || bone })}
              loading={list.isFetching}
              columns={columns}
              dataSource={list.data?.items}
              scroll={{ x: 720 }}
              pagination={{
                current: page,
                pageSize: 20,
                total: list.data?.total ?? 0,
                showTotal: (total) => t('common.total', { total }),
                onChange: (p) => update({ page: String(p) }),
              }}
            />
          </Card>
        ) : (
          <Flex justify="center">
            <Typography.Text type="secondary">{t('coverage.pickBone')}</Typography.Text>
          </Flex>
        )}
      </div>
      {recording && shownYear ? <CauseModal enterprise={recording} flag={flag} year={shownYear} onClose={() => setRecording(null)} /> : null}
    </>
  );
}
