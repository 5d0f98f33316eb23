import { FilePdfOutlined, FileExcelOutlined, SaveOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AssessmentRow, AssessmentWeights } from '@yunju/contracts';
import { App, Button, Card, Col, Form, InputNumber, Row, Skeleton, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { downloadFile } from '../../components/download.ts';
import { useErrorMessage } from '../../components/error-message.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { LoadFailedAlert, ProblemAlert } from '../../components/problem-alert.tsx';
import { intParam } from '../../components/search-params.ts';
import { formatDateTime } from '../../format.ts';
import { can, useCurrentUser } from '../auth/session.ts';
import { assessmentQuery, assessmentReportPath, saveWeights } from './coverage-api.ts';
import type { ChartOption } from './coverage-chart.tsx';
import { formatRate } from './coverage-model.ts';
import './coverage.css';
import './locale.ts';

const CoverageChart = lazy(() => import('./coverage-chart.tsx'));
const weightKeys = ['completion', 'improvement', 'tasksOnTime'] as const;

/** 考核: weighted scores of towns and departments on their targets, a ranking, the report as Excel and PDF. */
export default function AssessmentPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const year = intParam(params.get('year'), new Date().getFullYear(), 2100);
  const assessment = useQuery({ ...assessmentQuery(year), placeholderData: keepPreviousData });
  const canConfigure = can(user, 'coverage.configure');
  const [form] = Form.useForm<AssessmentWeights>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [downloading, setDownloading] = useState<'xlsx' | 'pdf' | null>(null);

  useEffect(() => {
    if (assessment.data) form.setFieldsValue(assessment.data.weights);
  }, [assessment.data, form]);

  const save = async (weights: AssessmentWeights) => {
    setSaving(true);
    setSaveError(null);
    try {
      await saveWeights(weights);
      void message.success(t('coverage.assessment.weightsSaved'));
    } catch (error) {
      setSaveError(error);
    } finally {
      setSaving(false);
    }
  };

  const download = async (format: 'xlsx' | 'pdf') => {
    setDownloading(format);
    try {
      await downloadFile(assessmentReportPath(format), { year }, `assessment-${year}.${format}`);
    } catch (error) {
      void message.error(messageOf(error));
    } finally {
      setDownloading(null);
    }
  };

  const rows = assessment.data?.rows ?? [];
  const chart = useMemo<ChartOption>(() => {
    const sorted = [...rows].sort((a, b) => a.score - b.score); // the best at the top of a horizontal bar chart
    return {
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', min: 0, max: 100 },
      yAxis: { type: 'category', data: sorted.map((r) => r.name), axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          name: t('coverage.assessment.score'),
          barMaxWidth: 20,
          itemStyle: { color: '#1668dc' },
          data: sorted.map((r) => Math.round(r.score * 10) / 10),
          label: { show: true, position: 'right' },
        },
      ],
    };
  }, [rows, t]);

  const columns: TableColumnsType<AssessmentRow> = [
    { key: 'rank', title: t('coverage.assessment.rank'), dataIndex: 'rank', width: 64 },
    {
      key: 'name',
      title: t('coverage.assessment.unit'),
      render: (_, r) => (
        <Space size={4} wrap>
          {r.name}
          <Tag>{t(`coverage.tasks.scopeTypes.${r.scopeType}`)}</Tag>
        </Space>
      ),
    },
    { key: 'targets', title: t('coverage.assessment.targets'), dataIndex: 'targets', align: 'right' },
    { key: 'completion', title: t('coverage.assessment.completion'), align: 'right', render: (_, r) => formatRate(r.completion) },
    { key: 'improvement', title: t('coverage.assessment.improvement'), align: 'right', render: (_, r) => formatRate(r.improvement) },
    { key: 'tasksOnTime', title: t('coverage.assessment.tasksOnTime'), align: 'right', render: (_, r) => formatRate(r.tasksOnTime) },
    { key: 'score', title: t('coverage.assessment.score'), align: 'right', render: (_, r) => <Typography.Text strong>{r.score.toFixed(1)}</Typography.Text> },
  ];

  return (
    <>
      <PageHeader
        title={t('coverage.assessment.title')}
        subTitle={assessment.data ? t('coverage.assessment.generatedAt', { at: formatDateTime(assessment.data.generatedAt) }) : null}
        extra={
          <Space wrap>
            <InputNumber
              aria-label={t('coverage.year')}
              min={2000}
              max={2100}
              precision={0}
              value={year}
              onChange={(v) => (v ? setParams({ year: String(v) }) : undefined)}
              style={{ width: 120 }}
            />
            <Button icon={<FileExcelOutlined />} loading={downloading === 'xlsx'} onClick={() => void download('xlsx')}>
              {t('coverage.assessment.downloadExcel')}
            </Button>
            <Button icon={<FilePdfOutlined />} loading={downloading === 'pdf'} onClick={() => void download('pdf')}>
              {t('coverage.assessment.downloadPdf')}
            </Button>
          </Space>
        }
      />
      {assessment.error ? <LoadFailedAlert error={assessment.error} onRetry={() => assessment.refetch()} /> : null}
      <Card title={t('coverage.assessment.weights')}>
        <Form<AssessmentWeights> form={form} layout="vertical" name="assessment-weights" onFinish={(v) => void save(v)} disabled={!canConfigure}>
          <Row gutter={16} align="bottom">
            {weightKeys.map((key) => (
              <Col key={key} xs={24} sm={6}>
                <Form.Item name={key} label={t(`coverage.assessment.${key}Weight`)} rules={[{ required: true, message: t('coverage.tasks.required') }]}>
                  <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
            {canConfigure ? (
              <Col xs={24} sm={6}>
                <Form.Item>
                  <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving}>
                    {t('coverage.assessment.saveWeights')}
                  </Button>
                </Form.Item>
              </Col>
            ) : null}
          </Row>
        </Form>
        <Typography.Text type="secondary">{t('coverage.assessment.weightsHint')}</Typography.Text>
        {saveError ? <ProblemAlert error={saveError} /> : null}
      </Card>
      <Card className="block-gap" title={t('coverage.assessment.ranking', { year })}>
        {assessment.isPending ? <Skeleton active /> : null}
        {rows.length > 0 ? (
          <Suspense fallback={<Skeleton active />}>
            <CoverageChart
              option={chart}
              height={Math.max(200, rows.length * 30 + 40)}
              ariaLabel={`${t('coverage.assessment.ranking', { year })}：${rows.map((r) => `${r.rank}. ${r.name} ${r.score.toFixed(1)}`).join('，')}`}
            />
          </Suspense>
        ) : null}
        <Table<AssessmentRow>
          className="block-gap"
          size="small"
          rowKey={(r) => `${r.scopeType}-${r.scopeId}`}
          aria-label={t('coverage.assessment.ranking', { year })}
          columns={columns}
          dataSource={rows}
          loading={assessment.isFetching}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('coverage.assessment.empty') }}
        />
      </Card>
    </>
  );
}
