import { DownloadOutlined } from '@ant-design/icons';
import type { ImportKind, MatchImportReport } from '@yunju/contracts';
import { Button, Form, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportModal as SheetImportModal, ImportRejectsTable, ImportReport } from '../../components/import-modal.tsx';
import { labelOf } from '../../i18n/labels.ts';
import { importProfiles, importTemplatePath } from './matching-api.ts';
import { importKinds } from './matching-model.ts';

const maxBytes = 5 * 1024 * 1024;
const accepted = /\.(xlsx|jsonl)$/i;
const acceptFile = (file: File) => accepted.test(file.name) && file.size <= maxBytes;

function Report({ report }: { report: MatchImportReport }) {
  const { t } = useTranslation();
  return (
    <ImportReport
      ns="matching.import"
      report={report}
      committedDescription={t('matching.import.noRejects')}
      rejects={
        <ImportRejectsTable
          ns="matching.import"
          ariaLabel={t('matching.import.rejectsLabel')}
          rows={report.rejected}
          rowKey={(r) => `${r.row}-${r.field}-${r.reasonZh}`}
          rowTitle={report.format === 'jsonl' ? t('matching.import.line') : undefined}
          columnOf={(r) => (report.format === 'xlsx' ? r.column || r.field : r.field)}
          columnWidth={140}
          scrollX={560}
        />
      }
    />
  );
}

/** Officers import expert, team, talent or output profiles from Excel or JSON Lines; rejected rows are listed with their reasons. */
export function ImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('experts');
  return (
    <SheetImportModal
      ns="matching.import"
      open={open}
      onClose={onClose}
      title={t('matching.import.title')}
      cancelLabel={t('matching.action.cancel')}
      width={760}
      formName="matching-import"
      accept=".xlsx,.jsonl"
      acceptFile={acceptFile}
      upload={(file) => importProfiles(kind, file)}
      renderReport={(report) => <Report report={report} />}
      fieldsBefore={
        <>
          <Form.Item label={t('matching.import.kind')}>
            <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as ImportKind)} optionType="button" options={importKinds.map((k) => ({ value: k, label: labelOf('matching.import.kinds', k) }))} />
          </Form.Item>
          <Form.Item>
            <Button type="link" icon={<DownloadOutlined />} href={importTemplatePath(kind)} download>
              {t('matching.import.template', { kind: labelOf('matching.import.kinds', kind) })}
            </Button>
          </Form.Item>
        </>
      }
    />
  );
}
