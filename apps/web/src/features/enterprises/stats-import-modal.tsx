import { DownloadOutlined } from '@ant-design/icons';
import type { StatsImportReport } from '@yunju/contracts';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../components/download.ts';
import { useErrorMessage } from '../../components/error-message.ts';
import { ImportModal, ImportRejectsTable, ImportReport, isXlsxUpTo, xlsxAccept } from '../../components/import-modal.tsx';
import { importStats, statsTemplatePath } from './enterprise-file-api.ts';
import './locale.ts';

const acceptFile = isXlsxUpTo(10 * 1024 * 1024);

function Report({ report }: { report: StatsImportReport }) {
  const { t } = useTranslation();
  return (
    <ImportReport
      ns="enterprise.import"
      report={report}
      committedDescription={report.years.length > 0 ? t('enterprise.import.years', { years: report.years.join('、') }) : undefined}
      rejects={
        <ImportRejectsTable
          ns="enterprise.import"
          ariaLabel={t('enterprise.import.rejectsLabel')}
          rows={report.rejected}
          rowKey={(r) => `${r.row}-${r.column}-${r.reasonZh}`}
          columnOf={(r) => r.column}
          columnWidth={150}
          monoValue
          scrollX={600}
        />
      }
    />
  );
}

/** Upload a workbook of yearly statistics: all rows or none, idempotent by credit code and year. */
export function StatsImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const template = async () => {
    try {
      await downloadFile(statsTemplatePath, undefined, 'template.xlsx');
    } catch (e) {
      void message.error(messageOf(e));
    }
  };
  return (
    <ImportModal
      ns="enterprise.import"
      open={open}
      onClose={onClose}
      title={t('enterprise.import.title')}
      cancelLabel={t('enterprise.form.cancel')}
      width={800}
      formName="stats-import"
      accept={xlsxAccept}
      acceptFile={acceptFile}
      upload={importStats}
      renderReport={(report) => <Report report={report} />}
      intro={
        <Button icon={<DownloadOutlined />} onClick={() => void template()} className="block-gap-bottom">
          {t('enterprise.import.template')}
        </Button>
      }
    />
  );
}
