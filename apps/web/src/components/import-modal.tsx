import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Form, Modal, Row, Spin, Statistic, Table, Typography, Upload, type ColProps, type TableColumnsType, type UploadFile } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.ts';
import { useIsPhone } from './use-is-phone.ts';
import { ProblemAlert } from './problem-alert.tsx';

/**
 * The upload → report dialog shared by the spreadsheet imports (catalogue, matching profiles,
 * enterprise statistics). Its words come from the feature's own locale: every namespace below
 * carries the same keys (hint, file, fileHint, fileType, fileRequired, uploading, submit, again,
 * close, row, column, value, reason and the count names).
 */
export type ImportNs = 'catalogue.import' | 'matching.import' | 'enterprise.import';

/** One rejected row as every import reports it. */
export interface ImportRejectRow {
  row: number;
  value?: string | null;
  reasonZh: string;
  reasonEn: string;
}

/** The totals of a report (`unchanged` when the import tells it). */
export interface ImportTotals {
  totalRows: number;
  created: number;
  updated: number;
  unchanged?: number;
  rejected: readonly unknown[];
}

/** The row of totals under the outcome; rejected in red when above zero. Four totals: two a row on a phone, else three. */
export function ImportCounts({ ns, report, className }: { ns: ImportNs; report: ImportTotals; className?: string }) {
  const { t } = useTranslation();
  const counts = [
    ['totalRows', report.totalRows],
    ['created', report.created],
    ['updated', report.updated],
    ...(report.unchanged === undefined ? [] : [['unchanged', report.unchanged] as const]),
    ['rejected', report.rejected.length],
  ] as const;
  const col: ColProps = counts.length === 4 ? { xs: 12, sm: 6 } : { xs: 8, sm: { flex: '1' } };
  return (
    <Row gutter={[12, 12]} className={className}>
      {counts.map(([key, value]) => (
        <Col key={key} {...col}>
          <Statistic title={t(`${ns}.${key}`)} value={formatNumber(value)} styles={key === 'rejected' && value > 0 ? { content: { color: '#cf1322' } } : undefined} />
        </Col>
      ))}
    </Row>
  );
}

/**
 * The report of one import: the outcome (by default "committed" or "nothing written" from the
 * namespace's `committed` / `notCommitted` / `notCommittedHint`), the totals, and, when rows were
 * rejected, `rejects` (their table).
 */
export function ImportReport({ ns, report, outcome, committedDescription, countsClassName, rejects }: {
  ns: ImportNs;
  report: ImportTotals & { committed: boolean };
  /** Replaces the default outcome alert. */
  outcome?: ReactNode;
  committedDescription?: string | undefined;
  countsClassName?: string;
  rejects: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      {outcome ??
        (report.committed ? (
          <Alert type="success" showIcon title={t(`${ns}.committed`)} description={committedDescription} />
        ) : (
          <Alert type="error" showIcon title={t(`${ns}.notCommitted`, { count: report.rejected.length })} description={t(`${ns}.notCommittedHint`)} />
        ))}
      <ImportCounts ns={ns} report={report} {...(countsClassName ? { className: countsClassName } : {})} />
      {report.rejected.length > 0 ? rejects : null}
    </Flex>
  );
}

/** The rejected rows with where they went wrong and why, in the reader's language. */
export function ImportRejectsTable<T extends ImportRejectRow>(props: {
  ns: ImportNs;
  rows: T[];
  rowKey: (r: T) => string;
  /** What the "column" column shows of a row. */
  columnOf: (r: T) => ReactNode;
  columnWidth: number;
  rowTitle?: string;
  monoValue?: boolean;
  ariaLabel?: string;
  scrollX: number;
}) {
  const { ns } = props;
  const { t, i18n } = useTranslation();
  const isPhone = useIsPhone();
  const columns: TableColumnsType<T> = [
    { key: 'row', title: props.rowTitle ?? t(`${ns}.row`), dataIndex: 'row', width: 72 },
    { key: 'column', title: t(`${ns}.column`), width: props.columnWidth, render: (_, r) => props.columnOf(r) },
    {
      key: 'value',
      title: t(`${ns}.value`),
      width: 180,
      ellipsis: { showTitle: true },
      render: (_, r) => (props.monoValue ? <span className="mono">{r.value || t('common.empty')}</span> : r.value || t('common.empty')),
    },
    { key: 'reason', title: t(`${ns}.reason`), render: (_, r) => (i18n.language === 'en' ? r.reasonEn || r.reasonZh : r.reasonZh || r.reasonEn) },
  ];
  return (
    <Table<T>
      size="small"
      aria-label={props.ariaLabel}
      rowKey={props.rowKey}
      columns={columns}
      dataSource={props.rows}
      pagination={{ pageSize: 10, hideOnSinglePage: true, simple: isPhone }}
      scroll={{ x: props.scrollX }}
    />
  );
}

/** Upload one file, send it on "Import", then show the report the feature draws. */
export function ImportModal<R>(props: {
  ns: ImportNs;
  open: boolean;
  onClose: () => void;
  title: string;
  cancelLabel: string;
  width: number;
  formName: string;
  accept: string;
  /** Whether a chosen file may be sent (type and size). */
  acceptFile: (file: File) => boolean;
  upload: (file: File) => Promise<R>;
  renderReport: (report: R) => ReactNode;
  /** Drawn between the hint and the form. */
  intro?: ReactNode;
  /** Form items above and below the file picker. */
  fieldsBefore?: ReactNode;
  fieldsAfter?: ReactNode;
  /** Called when the dialog closes, to reset the feature's own choices. */
  onClosed?: () => void;
}) {
  const { ns } = props;
  const { t } = useTranslation();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [report, setReport] = useState<R | null>(null);

  const reset = () => {
    setFiles([]);
    setError(null);
    setFileProblem(null);
    setReport(null);
  };
  const close = () => {
    if (busy) return;
    reset();
    props.onClosed?.();
    props.onClose();
  };
  const start = async () => {
    const file = files[0]?.originFileObj;
    if (!file) {
      setFileProblem(t(`${ns}.fileRequired`));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setReport(await props.upload(file));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const footer = report ? (
    <Flex justify="flex-end" gap={8}>
      <Button onClick={reset}>{t(`${ns}.again`)}</Button>
      <Button type="primary" onClick={close}>
        {t(`${ns}.close`)}
      </Button>
    </Flex>
  ) : (
    <Flex justify="flex-end" gap={8}>
      <Button onClick={close} disabled={busy}>
        {props.cancelLabel}
      </Button>
      <Button type="primary" loading={busy} onClick={() => void start()}>
        {t(`${ns}.submit`)}
      </Button>
    </Flex>
  );

  return (
    <Modal open={props.open} title={props.title} onCancel={close} footer={footer} width={props.width} destroyOnHidden maskClosable={!busy}>
      {report ? (
        props.renderReport(report)
      ) : (
        <Spin spinning={busy} description={t(`${ns}.uploading`)}>
          <Typography.Paragraph type="secondary">{t(`${ns}.hint`)}</Typography.Paragraph>
          {props.intro}
          <Form layout="vertical" name={props.formName}>
            {props.fieldsBefore}
            <Form.Item label={t(`${ns}.file`)} required validateStatus={fileProblem ? 'error' : undefined} help={fileProblem ?? undefined}>
              <Upload.Dragger
                accept={props.accept}
                maxCount={1}
                fileList={files}
                beforeUpload={(file) => {
                  if (!props.acceptFile(file)) {
                    setFileProblem(t(`${ns}.fileType`));
                    return Upload.LIST_IGNORE;
                  }
                  setFileProblem(null);
                  return false; // sent on "Import"
                }}
                onChange={({ fileList }) => setFiles(fileList.slice(-1))}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t(`${ns}.fileHint`)}</p>
              </Upload.Dragger>
            </Form.Item>
            {props.fieldsAfter}
          </Form>
          {error ? <ProblemAlert error={error} /> : null}
        </Spin>
      )}
    </Modal>
  );
}

/** An .xlsx of at most `maxBytes`. */
export function isXlsxUpTo(maxBytes: number): (file: File) => boolean {
  return (file) => file.name.toLowerCase().endsWith('.xlsx') && file.size <= maxBytes;
}

export const xlsxAccept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
