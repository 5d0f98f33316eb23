import { Card, Col, Empty, Row } from 'antd';
import type { QualificationKind, Workbench } from '@yunju/contracts';
import { format } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format.ts';
import { isQualificationKind, qualificationKinds as ladder } from '../../components/qualification-kinds.ts';
import { labelOf } from '../../i18n/labels.ts';
import { EChart, type BarOption } from './echart.tsx';

interface Props {
  enterprisesByTown: Workbench['enterprisesByTown'];
  tiers: Workbench['tiers'];
  /** Drill-down to the town's enterprises; no handler, no click. */
  onTownClick?: ((townCode: string) => void) | undefined;
  /** Drill-down to the enterprises holding the qualification; no handler, no click. */
  onTierClick?: ((kind: QualificationKind) => void) | undefined;
}

/** The axis tooltip, with a last line saying that a click opens the list. */
function clickableTooltip(clickHint: string): NonNullable<BarOption['tooltip']> {
  return {
    trigger: 'axis',
    axisPointer: { type: 'shadow' },
    formatter: (params) => {
      const item = Array.isArray(params) ? params[0] : params;
      if (!item) return '';
      const marker = typeof item.marker === 'string' ? item.marker : '';
      // Names come from the server: escape them, the tooltip is HTML.
      return (
        `${format.encodeHTML(item.name)}<br/>${marker}${format.encodeHTML(item.seriesName ?? '')}` +
        `<b style="margin-left:16px;float:right">${formatNumber(Number(item.value))}</b>` +
        `<div style="clear:both;margin-top:4px;color:#8c8c8c;font-size:12px">${format.encodeHTML(clickHint)}</div>`
      );
    },
  };
}

/**
 * A horizontal bar chart. With `clickHint` the bars, their rows and their labels are clickable
 * (`EChart`'s `onBarClick`) and the tooltip says so; without it they are not, and look it.
 */
function barOption(categories: string[], values: number[], seriesName: string, color: string | string[], clickHint?: string): BarOption {
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: clickHint
      ? clickableTooltip(clickHint)
      : { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => formatNumber(Number(v)) },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v) } },
    yAxis: { type: 'category', data: categories, axisTick: { show: false }, triggerEvent: Boolean(clickHint) },
    series: [
      {
        type: 'bar',
        name: seriesName,
        cursor: clickHint ? 'pointer' : 'default',
        data: values.map((value, i) => ({
          value,
          itemStyle: { color: Array.isArray(color) ? color[Math.min(i, color.length - 1)] : color },
        })),
        barMaxWidth: 22,
        label: { show: true, position: 'right', formatter: (p) => formatNumber(Number(p.value)) },
      },
    ],
  };
}

/** The bureau's and leader's charts; a separate chunk so ECharts loads only for them. */
export default function WorkbenchCharts({ enterprisesByTown, tiers, onTownClick, onTierClick }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;

  const town = useMemo(() => {
    // Largest at the top: a horizontal bar chart draws its first category at the bottom.
    const sorted = [...enterprisesByTown].sort((a, b) => a.value - b.value);
    return {
      codes: sorted.map((d) => d.code),
      option: barOption(
        sorted.map((d) => d.name),
        sorted.map((d) => d.value),
        t('workbench.chart.count'),
        '#1668dc',
        onTownClick ? t('workbench.chart.clickToList') : undefined,
      ),
      height: Math.max(220, sorted.length * 30 + 40),
      summary: [...sorted].reverse().map((d) => `${d.name} ${formatNumber(d.value)}`).join(t('common.listSeparator')),
    };
  }, [enterprisesByTown, onTownClick, t, language]); // `language`: re-label when the user switches

  const tier = useMemo(() => {
    const byKind = new Map(tiers.map((d) => [d.kind, d.value]));
    const kinds = [...ladder.filter((k) => byKind.has(k)), ...tiers.map((d) => d.kind).filter((k) => !(ladder as readonly string[]).includes(k))];
    const labels = kinds.map((k) => labelOf('qualification', k));
    const values = kinds.map((k) => byKind.get(k) ?? 0);
    // Deeper blue the higher the rung.
    const shades = ['#91caff', '#69b1ff', '#4096ff', '#1677ff', '#0958d9', '#003eb3', '#002c8c'];
    return {
      kinds,
      option: barOption(
        labels,
        values,
        t('workbench.chart.count'),
        kinds.map((_, i) => shades[Math.round((i * (shades.length - 1)) / Math.max(1, kinds.length - 1))] ?? '#1677ff'),
        onTierClick ? t('workbench.chart.clickToList') : undefined,
      ),
      height: Math.max(220, kinds.length * 30 + 40),
      summary: labels.map((label, i) => `${label} ${formatNumber(values[i] ?? 0)}`).join(t('common.listSeparator')),
    };
  }, [tiers, onTierClick, t, language]);

  const townCodes = town.codes;
  const onTownBar = useCallback(
    (index: number) => {
      const code = townCodes[index];
      if (code !== undefined) onTownClick?.(code);
    },
    [townCodes, onTownClick],
  );
  const tierKinds = tier.kinds;
  const onTierBar = useCallback(
    (index: number) => {
      const kind = tierKinds[index];
      // A kind this build does not know yet has no list filter: nothing to open.
      if (isQualificationKind(kind)) onTierClick?.(kind);
    },
    [tierKinds, onTierClick],
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={t('workbench.chart.byTown')} className="full-height">
          {enterprisesByTown.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.chart.noTownData')} />
          ) : (
            <>
              <EChart option={town.option} height={town.height} ariaLabel={t('workbench.chart.ariaByTown', { summary: town.summary })} onBarClick={onTownClick ? onTownBar : undefined} />
              {onTownClick ? <p className="card-hint">{t('workbench.chart.byTownHint')}</p> : null}
            </>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('workbench.chart.tiers')} className="full-height">
          {tiers.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.chart.noTierData')} />
          ) : (
            <>
              <EChart
                option={tier.option}
                height={tier.height}
                ariaLabel={t('workbench.chart.ariaTiers', { summary: tier.summary })}
                onBarClick={onTierClick ? onTierBar : undefined}
              />
              <p className="card-hint">{t(onTierClick ? 'workbench.chart.tiersDrillHint' : 'workbench.chart.tiersHint')}</p>
            </>
          )}
        </Card>
      </Col>
    </Row>
  );
}
