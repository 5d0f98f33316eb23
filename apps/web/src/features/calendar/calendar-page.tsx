import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { CalendarYearRecord } from '@yunju/contracts';
import { Button, Card, Col, DatePicker, Descriptions, Empty, Flex, Form, InputNumber, Row, Skeleton, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { ProblemAlert, LoadFailedAlert } from '../../components/problem-alert.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { labelOf } from '../../i18n/labels.ts';
import { addWorkingDays, calendarYearsQuery } from './calendar-api.ts';
import { CalendarYearForm } from './calendar-year-form.tsx';
import { dateRuns, dayInfo, emptyForm, festivalsInOrder, formFromRecord, indexYear, monthWeeks, yearSummary, type CalendarFormValues, type DayKind } from './calendar-model.ts';
import './calendar.css';
import './locale.ts'; // this area's strings arrive with its chunk, before the page renders

const festivalLabel = (name: string) => labelOf('calendar.festival', name);

function YearList({ years, selected, onSelect }: { years: CalendarYearRecord[]; selected: number | null; onSelect: (year: number) => void }) {
  const { t } = useTranslation();
  if (years.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calendar.noYears')} />;
  return (
    <ul className="year-list">
      {years.map((y) => {
        const s = yearSummary(y);
        return (
          <li key={y.year}>
            <button type="button" className={y.year === selected ? 'year-item year-item-active' : 'year-item'} aria-pressed={y.year === selected} onClick={() => onSelect(y.year)}>
              <span className="year-item-title">{t('calendar.yearLabel', { year: y.year })}</span>
              <span className="year-item-meta">
                {t('calendar.festivals')} {s.festivals} · {t('calendar.daysOff')} {s.daysOff} · {t('calendar.workdays')} {s.workdays}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function MonthGrid({ year, month, index }: { year: number; month: number; index: ReturnType<typeof indexYear> }) {
  const { t } = useTranslation();
  const weekdays = t('calendar.weekdaysShort').split(',');
  const today = formatDate(new Date());
  return (
    <table className="month-grid" aria-label={t('calendar.monthLabel', { month })}>
      <caption>{t('calendar.monthLabel', { month })}</caption>
      <thead>
        <tr>
          {weekdays.map((w) => (
            <th key={w} scope="col">
              {w}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(year, month).map((week, i) => (
          <tr key={i}>
            {week.map((date, j) => {
              if (!date) return <td key={j} />;
              const info = dayInfo(date, index);
              const title = t(`calendar.dayTitle.${info.kind}`, { date, festival: info.festival ? festivalLabel(info.festival) : '' });
              return (
                <td key={date} className={`day day-${info.kind}${date === today ? ' day-today' : ''}`} title={title}>
                  <span className="day-number">{Number(date.slice(8))}</span>
                  {info.kind === 'holiday' || info.kind === 'workday' ? <span className="day-mark">{t(`calendar.mark.${info.kind}`)}</span> : null}
                  <span className="visually-hidden">{title}</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Legend() {
  const { t } = useTranslation();
  const kinds: DayKind[] = ['holiday', 'workday', 'weekend', 'weekday'];
  return (
    <Flex gap={12} wrap className="calendar-legend">
      {kinds.map((kind) => (
        <span key={kind} className="legend-item">
          <span className={`legend-swatch day-${kind}`} aria-hidden />
          {t(`calendar.legend.${kind}`)}
        </span>
      ))}
    </Flex>
  );
}

function RunTags({ dates, color }: { dates: readonly string[]; color: string }) {
  const { t } = useTranslation();
  return (
    <span className="tag-list spaced-tags">
      {dateRuns(dates).map((run) => (
        <Tag key={run.from} color={color}>
          {run.days === 1 ? t('calendar.oneDay', { date: run.from }) : t('calendar.run', { from: run.from, to: run.to, days: run.days })}
        </Tag>
      ))}
    </span>
  );
}

function YearDetail({ record, onEdit }: { record: CalendarYearRecord; onEdit: () => void }) {
  const { t } = useTranslation();
  const index = useMemo(() => indexYear(record), [record]);
  return (
    <Card
      title={t('calendar.yearLabel', { year: record.year })}
      extra={
        <Button icon={<EditOutlined />} onClick={onEdit}>
          {t('calendar.edit')}
        </Button>
      }
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'source', label: t('calendar.source'), children: <span className="break-word">{record.source}</span> },
          {
            key: 'updated',
            label: t('calendar.updated'),
            children: record.updatedBy
              ? t('calendar.updatedBy', { time: formatDateTime(record.updatedAt) })
              : record.updatedAt
                ? `${t('calendar.bundled')} · ${formatDateTime(record.updatedAt)}`
                : t('calendar.bundled'),
          },
          {
            key: 'holidays',
            label: t('calendar.holidaysTitle'),
            children: (
              <Flex vertical gap={6}>
                {festivalsInOrder(record.holidays).map(({ name, dates }) => (
                  <div key={name}>
                    <Typography.Text strong>{festivalLabel(name)}</Typography.Text> <RunTags dates={dates} color="red" />
                  </div>
                ))}
              </Flex>
            ),
          },
          {
            key: 'workdays',
            label: t('calendar.workdaysTitle'),
            children: record.workdays.length > 0 ? <RunTags dates={record.workdays} color="blue" /> : t('calendar.noWorkdays'),
          },
        ]}
      />
      <Flex justify="space-between" align="center" wrap gap={8} className="months-heading">
        <Typography.Title level={5} className="no-margin">
          {t('calendar.monthsTitle')}
        </Typography.Title>
        <Legend />
      </Flex>
      <div className="months">
        {Array.from({ length: 12 }, (_, i) => (
          <MonthGrid key={i} year={record.year} month={i + 1} index={index} />
        ))}
      </div>
    </Card>
  );
}

interface TrialValues {
  from: Dayjs;
  days: number;
}

function TrialCard() {
  const { t } = useTranslation();
  const [result, setResult] = useState<{ days: number; date: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async ({ from, days }: TrialValues) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await addWorkingDays(from.format('YYYY-MM-DD'), days);
      setResult({ days, date: answer.date });
    } catch (e) {
      setResult(null);
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('calendar.trial.title')}>
      <p className="card-intro">{t('calendar.trial.description')}</p>
      <Form<TrialValues> layout="vertical" name="working-days-trial" initialValues={{ from: dayjs(), days: 3 }} onFinish={(v) => void run(v)}>
        <Row gutter={12}>
          <Col span={24}>
            <Form.Item label={t('calendar.trial.from')} name="from" rules={[{ required: true, message: t('calendar.trial.fromRequired') }]}>
              <DatePicker className="full-width" allowClear={false} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('calendar.trial.days')} name="days" rules={[{ required: true, message: t('calendar.trial.daysRequired') }]}>
              <InputNumber min={0} max={3650} precision={0} className="full-width" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label=" " colon={false}>
              <Button type="primary" htmlType="submit" loading={busy} block>
                {t('calendar.trial.submit')}
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {result ? (
        <output className="trial-result" aria-live="polite">
          {t('calendar.trial.result', { days: result.days, date: result.date, weekday: dayjs(result.date).format('dddd') })}
        </output>
      ) : null}
      {error ? <ProblemAlert error={error} /> : null}
    </Card>
  );
}

export default function CalendarPage() {
  const { t } = useTranslation();
  const years = useQuery(calendarYearsQuery);
  const [searchParams, setSearchParams] = useSearchParams();
  const [editor, setEditor] = useState<{ initial: CalendarFormValues; editing: boolean } | null>(null);

  const items = useMemo(() => [...(years.data?.items ?? [])].sort((a, b) => b.year - a.year), [years.data]);
  const wanted = Number(searchParams.get('year'));
  const thisYear = dayjs().year();
  const selected =
    items.find((y) => y.year === wanted) ?? items.find((y) => y.year === thisYear) ?? items[0] ?? null;

  const select = (year: number) => setSearchParams({ year: String(year) }, { replace: true });
  const addYear = () => {
    const next = items.length > 0 ? Math.max(...items.map((y) => y.year)) + 1 : thisYear;
    setEditor({ initial: emptyForm(next), editing: false });
  };

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        subTitle={t('calendar.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={addYear} disabled={years.isPending}>
            {t('calendar.addYear')}
          </Button>
        }
      />
      {years.error ? (
        <LoadFailedAlert error={years.error} onRetry={() => years.refetch()} />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={7}>
          <Flex vertical gap={16}>
            <Card title={t('calendar.years')}>
              {years.isPending ? <Skeleton active /> : <YearList years={items} selected={selected?.year ?? null} onSelect={select} />}
            </Card>
            <TrialCard />
          </Flex>
        </Col>
        <Col xs={24} lg={17}>
          {years.isPending ? (
            <Card>
              <Skeleton active paragraph={{ rows: 8 }} />
            </Card>
          ) : selected ? (
            <YearDetail record={selected} onEdit={() => setEditor({ initial: formFromRecord(selected), editing: true })} />
          ) : (
            <Card>
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calendar.noYear')} />
            </Card>
          )}
        </Col>
      </Row>
      <CalendarYearForm
        open={editor !== null}
        initial={editor?.initial ?? null}
        editing={editor?.editing ?? false}
        existingYears={items.map((y) => y.year)}
        onClose={() => setEditor(null)}
        onSaved={(year) => {
          setEditor(null);
          select(year);
        }}
      />
    </>
  );
}
