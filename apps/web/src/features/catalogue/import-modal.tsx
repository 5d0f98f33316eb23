import { DownloadOutlined } from '@ant-design/icons';
import type { CatalogueImportMode, CatalogueImportReport } from '@yunju/contracts';
import { Alert, App, Button, Flex, Form, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../components/error-message.ts';
import { ImportModal as SheetImportModal, ImportRejectsTable, ImportReport, isXlsxUpTo, xlsxAccept } from '../../components/import-modal.tsx';
import { downloadFile } from '../../components/download.ts';
import { importSheet, rejectsPath, type CatalogueKind } from './catalogue-api.ts';

const acceptFile = isXlsxUpTo(5 * 1024 * 1024);

/** The outcome in one line: committed, partly committed, or nothing written. */
export function importOutcome(report: Pick<CatalogueImportReport, 'committed' | 'rejected'>): 'done' | 'partial' | 'rejected' {
  if (!report.committed) return 'rejected';
  return report.rejected.length > 0 ? 'partial' : 'done';
}

function Report({ report }: { report: CatalogueImportReport }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const [downloading, setDownloading] = useState(false);
  const outcome = importOutcome(report);
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
    <ImportReport
      ns="catalogue.import"
      report={report}
      countsClassName="import-counts"
      outcome={
        outcome === 'done' ? (
          <Alert type="success" showIcon title={t('catalogue.import.committed')} description={t('catalogue.import.noRejects')} />
        ) : outcome === 'partial' ? (
          <Alert type="warning" showIcon title={t('catalogue.import.partial', { count: report.rejected.length })} />
        ) : (
          <Alert type="error" showIcon title={t('catalogue.import.notCommitted')} description={t('catalogue.import.notCommittedHint')} />
        )
      }
      rejects={
        <>
          {report.rejectsFileId ? (
            <div>
              <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void download()}>
                {t('catalogue.import.downloadRejects')}
              </Button>
            </div>
          ) : null}
          <ImportRejectsTable ns="catalogue.import" rows={report.rejected} rowKey={(r) => `${r.row}-${r.column}-${r.reasonZh}`} columnOf={(r) => r.column} columnWidth={120} scrollX={560} />
        </>
      }
    />
  );
}

/** Upload an .xlsx of items or resources; show what was created, updated, unchanged and rejected. */
export function ImportModal({ kind, open, onClose }: { kind: CatalogueKind; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<CatalogueImportMode>('all_or_nothing');
  const what = t(kind === 'items' ? 'catalogue.import.items' : 'catalogue.import.resources');
  return (
    <SheetImportModal
      ns="catalogue.import"
      open={open}
      onClose={onClose}
      onClosed={() => setMode('all_or_nothing')}
      title={t('catalogue.import.title', { what })}
      cancelLabel={t('catalogue.manage.cancel')}
      width={760}
      formName="catalogue-import"
      accept={xlsxAccept}
      acceptFile={acceptFile}
      upload={(file) => importSheet(kind, file, mode)}
      renderReport={(report) => <Report report={report} />}
      fieldsAfter={
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
      }
    />
  );
}
