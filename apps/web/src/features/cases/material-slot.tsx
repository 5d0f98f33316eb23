import { UploadOutlined } from '@ant-design/icons';
import type { UploadedAttachment } from '@yunju/contracts';
import { App, Button, Tag, Typography, Upload, type UploadFile, type UploadProps } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../components/error-message.ts';
import { acceptOf, isAllowedFile } from './case-model.ts';
import { uploadAttachment } from './upload.ts';

export type SlotFile = UploadFile<UploadedAttachment>;

export interface MaterialSlotSpec {
  key: string;
  /** The material name of the service item; null for free uploads (the file name is used). */
  name: string | null;
  required: boolean;
  fileTypes: readonly string[];
}

interface Props {
  slot: MaterialSlotSpec;
  files: SlotFile[];
  onChange: (files: SlotFile[]) => void;
  errors: readonly string[];
  /** Accessible name of the group when the slot has no material name. */
  label: string;
  disabled?: boolean;
}

/** One material of the wizard: its name, required mark and file types, and its uploads (progress, remove). */
export function MaterialSlot({ slot, files, onChange, errors, label, disabled }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const messageOf = useErrorMessage();
  const headingId = useId();
  const types = slot.fileTypes.map((x) => x.toUpperCase()).join(' / ');

  const customRequest: UploadProps<UploadedAttachment>['customRequest'] = (options) => {
    const controller = new AbortController();
    const file = options.file as File;
    uploadAttachment(file, file.name, { signal: controller.signal, onProgress: (percent) => options.onProgress?.({ percent }) }).then(
      (attachment) => options.onSuccess?.(attachment),
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        const text = messageOf(error);
        options.onError?.(new Error(text));
      },
    );
    return { abort: () => controller.abort() };
  };

  return (
    <section className={`case-material${errors.length ? ' case-material-error' : ''}`} role="group" aria-label={slot.name ?? label} aria-describedby={headingId}>
      <div className="case-material-head">
        <span className="case-material-name">
          {slot.required ? (
            <span className="case-required" aria-hidden>
              *
            </span>
          ) : null}
          {slot.name ?? label}
        </span>
        <span id={headingId} className="case-material-meta">
          {slot.required ? <Tag color="error">{t('cases.wizard.required')}</Tag> : <Tag>{t('cases.wizard.optional')}</Tag>}
          <Typography.Text type="secondary" className="mono">
            {types}
          </Typography.Text>
        </span>
      </div>
      <Upload<UploadedAttachment>
        fileList={files}
        multiple
        accept={acceptOf(slot.fileTypes)}
        disabled={disabled}
        customRequest={customRequest}
        beforeUpload={(file) => {
          if (isAllowedFile(file.name, slot.fileTypes)) return true;
          void message.error(t('cases.wizard.typeNotAllowed', { file: file.name, types }));
          return Upload.LIST_IGNORE;
        }}
        onChange={({ fileList }) => onChange(fileList)}
      >
        <Button icon={<UploadOutlined />} disabled={disabled}>
          {files.length > 0 ? t('cases.wizard.addFile') : t('cases.wizard.chooseFile')}
        </Button>
      </Upload>
      {errors.map((e, i) => (
        <div key={i} className="case-field-error" role="alert">
          {e}
        </div>
      ))}
    </section>
  );
}
