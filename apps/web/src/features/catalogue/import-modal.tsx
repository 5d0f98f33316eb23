import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { CatalogueImportMode, CatalogueImportReport, ImportReject } from '@yunju/contracts';
import { Alert, App, Button, Col, Flex, Form, Modal, Radio, Row, Spin, Statistic, Table, Typography, Upload, type TableColumnsType, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../components/error-message.ts';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { downloadFile } from '../../components/download.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatNumber } from '../../format.ts';
import { importSheet, rejectsPath, type CatalogueKind } from './catalogue-api.ts';

const maxBytes = 5 * 1024 * 1024;

/** The outcome in one line: committed, partly committed, or nothing written. */
export function importOutcome(report: Pick<CatalogueImportReport, 'committed' | 'rejected'>): 'done' | 'partial' | 'rejected' {
  if (!report.committed) return 'rejected';
  return report.rejected.length > 0 ? 'partial' : 'done';
}

function Report({ report }: { report: CatalogueImportReport }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const isPhone = useIsPhone();
  const [downloading, setDownloading] = useState(false);
  const outcome = importOutcome(report);
  const columns: TableColumnsType<ImportReject> = [
    { key: 'row', title: t('catalogue.import.row'), dataIndex: 'row', width: 72 },
    { key: 'column', title: t('catalogue.import.column'), dataIndex: 'column', width: 120 },
    { key: 'value', title: t('catalogue.import.value'), width: 180, ellipsis: { showTitle: true }, render: (_, r) => r.value || t('common.empty') },
    { key: 'reason', title: t('catalogue.import.reason'), render: (_, r) => (i18n.language === 'en' ? r.reasonEn || r.reasonZh : r.reasonZh || r.reasonEn) },
  ];
  const download = async () => {
    if (!report.rejectsFileId) return;
    setDownloading(true);
    try {
      await downloadFile(rejectsPath(report.rejectsFileId), undefined, 'rejects.xlsx');
    } catch (error) {
      void message.error(messageOf(error));
    } finally {
      setDownloading(false);
    }
  };
  return (
    <Flex vertical gap={12}>
      {outcome === 'done' ? (
        <Alert type="success" showIcon title={t('catalogue.import.committed')} description={t('catalogue.import.noRejects')} />
      ) : outcome === 'partial' ? (
        <Alert type="warning" showIcon title={t('catalogue.import.partial', { count: report.rejected.length })} />
      ) : (
        <Alert type="error" showIcon title={t('catalogue.import.notCommitted')} description={t('catalogue.import.notCommittedHint')} />
      )}
      <Row gutter={[12, 12]} className="import-counts">
        {(
          [
            ['totalRows', report.totalRows],
            ['created', report.created],
            ['updated', report.updated],
            ['unchanged', report.unchanged],
            ['rejected', report.rejected.length],
          ] as const
        ).map(([key, value]) => (
          <Col key={key} xs={8} sm={{ flex: '1' }}>
            <Statistic
              title={t(`catalogue.import.${key}`)}
              value={formatNumber(value)}
              styles={key === 'rejected' && value > 0 ? { content: { color: '#cf1322' } } : undefined}
            />
          </Col>
        ))}
      </Row>
      {report.rejected.length > 0 ? (
        <>
          {report.rejectsFileId ? (
            <div>
              <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void download()}>
                {t('catalogue.import.downloadRejects')}
              </Button>
            </div>
          ) : null}
          <Table<ImportReject>
            size="small"
            rowKey={(r) => `${r.row}-${r.column}-${r.reasonZh}`}
            columns={columns}
            dataSource={report.rejected}
            pagination={{ pageSize: 10, hideOnSinglePage: true, simple: isPhone }}
            scroll={{ x: 560 }}
          />
        </>
      ) : null}
    </Flex>
  );
}

/** Upload an .xlsx of items or resources; show what was created, updated, unchanged and rejected. */
export function ImportModal({ kind, open, onClose }: { kind: CatalogueKind; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [mode, setMode] = useState<CatalogueImportMode>('all_or_nothing');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [report, setReport] = useState<CatalogueImportReport | null>(null);
  const what = t(kind === 'items' ? 'catalogue.import.items' : 'catalogue.import.resources');

  const reset = () => {
    setFiles([]);
    setError(null);
    setFileProblem(null);
    setReport(null);
  };
  const close = () => {
    if (busy) return;
    reset();
    setMode('all_or_nothing');
    onClose();
  };

  const start = async () => {
    const file = files[0]?.originFileObj;
    if (!file) {
      setFileProblem(t('catalogue.import.fileRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setReport(await importSheet(kind, file, mode));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const footer = report ? (
    <Flex justify="flex-end" gap={8}>
      <Button onClick={reset}>{t('catalogue.import.again')}</Button>
      <Button type="primary" onClick={close}>
        {t('catalogue.import.close')}
      </Button>
    </Flex>
  ) : (
    <Flex justify="flex-end" gap={8}>
      <Button onClick={close} disabled={busy}>
        {t('catalogue.manage.cancel')}
      </Button>
      <Button type="primary" loading={busy} onClick={() => void start()}>
        {t('catalogue.import.submit')}
      </Button>
    </Flex>
  );

  return (
    <Modal open={open} title={t('catalogue.import.title', { what })} onCancel={close} footer={footer} width={760} destroyOnHidden maskClosable={!busy}>
      {report ? (
        <Report report={report} />
      ) : (
        <Spin spinning={busy} description={t('catalogue.import.uploading')}>
          <Typography.Paragraph type="secondary">{t('catalogue.import.hint')}</Typography.Paragraph>
          <Form layout="vertical" name="catalogue-import">
            <Form.Item label={t('catalogue.import.file')} required validateStatus={fileProblem ? 'error' : undefined} help={fileProblem ?? undefined}>
              <Upload.Dragger
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                maxCount={1}
                fileList={files}
                beforeUpload={(file) => {
                  if (!file.name.toLowerCase().endsWith('.xlsx') || file.size > maxBytes) {
                    setFileProblem(t('catalogue.import.fileType'));
                    return Upload.LIST_IGNORE;
                  }
                  setFileProblem(null);
                  return false; // uploaded with the chosen mode on "Import"
                }}
                onChange={({ fileList }) => setFiles(fileList.slice(-1))}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t('catalogue.import.fileHint')}</p>
              </Upload.Dragger>
            </Form.Item>
            <Form.Item label={t('catalogue.import.mode')}>
              <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as CatalogueImportMode)}>
                <Flex vertical gap={8}>
                  <Radio value="all_or_nothing">
                    {t('catalogue.import.allOrNothing')}
                    <div className="radio-hint">{t('catalogue.import.allOrNothingHint')}</div>
                  </Radio>
                  <Radio value="good_rows">
                    {t('catalogue.import.goodRows')}
                    <div className="radio-hint">{t('catalogue.import.goodRowsHint')}</div>
                  </Radio>
                </Flex>
              </Radio.Group>
            </Form.Item>
          </Form>
          {error ? <ProblemAlert error={error} /> : null}
        </Spin>
      )}
    </Modal>
  );
}
